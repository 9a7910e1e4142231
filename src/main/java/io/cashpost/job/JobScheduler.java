package io.cashpost.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cashpost.intake.FileSource;
import io.cashpost.intake.FileSources;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * What {@code serve} runs until stopped: each job definition with a cron schedule, and a
 * poller per file source. A job still running when its next time comes is not started
 * again; a poller that fails logs it and tries again next time.
 */
@Component
public class JobScheduler implements DisposableBean {

	private static final Log logger = LogFactory.getLog(JobScheduler.class);

	private final JobDefinitions definitions;

	private final JobRuns runs;

	private final FileSources sources;

	private final FileCollection collection;

	private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

	private ThreadPoolTaskScheduler scheduler;

	JobScheduler(JobDefinitions definitions, JobRuns runs, FileSources sources, FileCollection collection) {
		this.definitions = definitions;
		this.runs = runs;
		this.sources = sources;
		this.collection = collection;
	}

	/** Starts the schedules and the pollers; returns at once. */
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setPoolSize(2 + this.sources.all().size());
		this.scheduler.setThreadNamePrefix("cashpost-");
		// on stop: drop what is only scheduled, let a run in progress finish
		this.scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		this.scheduler.setAwaitTerminationSeconds(60);
		this.scheduler.initialize();
		for (JobDefinition definition : this.definitions.all()) {
			if (definition.cron() != null) {
				this.scheduler.schedule(() -> runOnce(definition),
						new CronTrigger(definition.cron().toString(), definition.zone()));
				logger.info("scheduled " + definition.name() + " (" + definition.job() + ") at '" + definition.cron()
						+ "' " + definition.zone());
			}
		}
		for (FileSource source : this.sources.all()) {
			this.scheduler.scheduleWithFixedDelay(() -> poll(source), source.pollInterval());
			logger.info("polling " + source.name() + " every " + source.pollInterval().toSeconds() + "s");
		}
	}

	/** Stops the schedules and pollers, letting work in progress finish. */
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

	private void runOnce(JobDefinition definition) {
		AtomicBoolean busy = this.running.computeIfAbsent(definition.name(), (name) -> new AtomicBoolean());
		if (!busy.compareAndSet(false, true)) {
			logger.warn(definition.name() + ": still running from last time, not started again");
			return;
		}
		try {
			JobRun run = this.runs.run(definition.name(), Map.of());
			String line = definition.name() + ": " + run.status() + " - " + run.summary();
			if (run.succeeded()) {
				logger.info(line);
			}
			else {
				logger.error(line);
			}
		}
		catch (RuntimeException ex) {
			logger.error(definition.name() + ": " + JobFailedException.describe(ex), ex);
		}
		finally {
			busy.set(false);
		}
	}

	private void poll(FileSource source) {
		try {
			this.collection.collectAndPost(List.of(source))
				.files()
				.forEach((outcome) -> logger.info(source.name() + ": " + outcome.summaryLine()));
		}
		catch (RuntimeException ex) {
			logger.error(source.name() + ": " + JobFailedException.describe(ex), ex);
		}
	}

}
