package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.cashpost.job.JobScheduler;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: runs the job schedules of {@code jobs/}, the pollers of the file sources
 * and the HTTP API until stopped (Ctrl-C, SIGTERM). The HTTP server listens on
 * {@code server.address} (127.0.0.1 unless told otherwise) and {@code server.port}.
 */
@Component
class ServeCommand implements Command, ApplicationListener<ContextClosedEvent> {

	private final JobScheduler scheduler;

	private final Environment environment;

	private final CountDownLatch stopped = new CountDownLatch(1);

	ServeCommand(JobScheduler scheduler, Environment environment) {
		this.scheduler = scheduler;
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
		this.stopped.countDown();
	}

}
