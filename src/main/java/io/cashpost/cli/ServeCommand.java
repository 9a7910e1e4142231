package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.cashpost.feed.WebhookScheduler;
import io.cashpost.job.JobScheduler;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: runs the job schedules of {@code jobs/}, the pollers of the file
 * sources, the webhook deliveries of the payment feed, and the HTTP API and dashboard
 * until stopped (Ctrl-C, SIGTERM). The HTTP server listens on {@code server.address}
 * (127.0.0.1 unless told otherwise) and {@code server.port}; everything but the health
 * probes needs a user (see {@code user add}).
 */
@Component
class ServeCommand implements Command, ApplicationListener<ContextClosedEvent> {

	private final JobScheduler scheduler;

	private final WebhookScheduler webhooks;

	private final Environment environment;

	private final CountDownLatch stopped = new CountDownLatch(1);

	ServeCommand(JobScheduler scheduler, WebhookScheduler webhooks, Environment environment) {
		this.scheduler = scheduler;
		this.webhooks = webhooks;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			throw new UsageException("usage: serve");
		}
		this.scheduler.start();
		this.webhooks.start();
		String port = this.environment.getProperty("local.server.port");
		err.println("cashpost serve: running"
				+ ((port != null)
						? ", HTTP on " + this.environment.getProperty("server.address", "127.0.0.1") + ":" + port : "")
				+ "; stop with Ctrl-C or SIGTERM");
		try {
			this.stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return CashpostCommandLine.OK;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.scheduler.stop();
		this.webhooks.stop();
		this.stopped.countDown();
	}

}
