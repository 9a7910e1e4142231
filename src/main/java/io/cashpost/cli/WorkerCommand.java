package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.cashpost.worker.Worker;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code worker}: takes partitions of {@code matchAndPostStep} from the JVMs that run the
 * jobs, on their database, until stopped (Ctrl-C, SIGTERM): partitions running then stop
 * at their next chunk, for {@code restart} to finish.
 */
@Component
class WorkerCommand implements Command, ApplicationListener<ContextClosedEvent> {

	private final Worker worker;

	private final CountDownLatch stopped = new CountDownLatch(1);

	WorkerCommand(Worker worker) {
		this.worker = worker;
	}

	@Override
	public String name() {
		return "worker";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			throw new UsageException("usage: worker");
		}
		err.println("cashpost worker: " + this.worker.start() + "; stop with Ctrl-C or SIGTERM");
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
		this.worker.stop();
		this.stopped.countDown();
	}

}
