package io.cashpost.worker;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.MessageHandler;

/**
 * A worker's side of the {@code jdbc} transport: subscribes to the request channel, asks
 * it for work every poll interval and, with {@code listen}, whenever PostgreSQL notifies
 * that a request arrived.
 */
class JdbcPartitionTransport implements PartitionTransport {

	private final PartitionRequestChannel channel;

	private final WorkerProperties.Jdbc properties;

	JdbcPartitionTransport(PartitionRequestChannel channel, WorkerProperties.Jdbc properties) {
		this.channel = channel;
		this.properties = properties;
	}

	@Override
	public AutoCloseable startIntake(PartitionRequests requests) {
		MessageHandler handler = (message) -> requests.takeInTransaction((StepExecutionRequest) message.getPayload());
		this.channel.subscribe(handler);
		if (this.properties.listen()) {
			this.channel.listener().start();
		}
		ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "partition-poll");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.pollInterval().toMillis();
		polls.scheduleWithFixedDelay(this.channel::notifyUpdate, every, every, TimeUnit.MILLISECONDS);
		return () -> {
			polls.shutdownNow();
			if (this.properties.listen()) {
				this.channel.listener().stop();
			}
			this.channel.unsubscribe(handler);
		};
	}

	@Override
	public String describe() {
		return "jdbc, looking every " + this.properties.pollInterval().toMillis() + " ms"
				+ (this.properties.listen() ? " and woken by NOTIFY" : "");
	}

}
