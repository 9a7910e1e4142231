package io.cashpost.feed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * What {@code serve} runs for the feed: every poll interval, publish what is ready and
 * deliver what is due to the webhooks.
 */
@Component
public class WebhookScheduler implements DisposableBean {

	private static final Log logger = LogFactory.getLog(WebhookScheduler.class);

	private final WebhookDispatcher dispatcher;

	private final WebhookProperties properties;

	private ThreadPoolTaskScheduler scheduler;

	WebhookScheduler(WebhookDispatcher dispatcher, WebhookProperties properties) {
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("cashpost-webhooks-");
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		this.scheduler.setAwaitTerminationSeconds((int) this.properties.timeout().toSeconds() + 5);
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(this::round, this.properties.pollInterval());
	}

	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
			this.scheduler = null;
		}
	}

	@Override
	public void destroy() {
		stop();
	}

	private void round() {
		try {
			int attempted;
			do {
				attempted = this.dispatcher.deliverDue();
			}
			while (attempted >= this.properties.batch());
		}
		catch (RuntimeException ex) {
			logger.error("webhooks: " + ex.getMessage(), ex);
		}
	}

}
