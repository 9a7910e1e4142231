package io.cashpost.worker;

import jakarta.jms.ConnectionFactory;

import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.dsl.context.IntegrationFlowContext.IntegrationFlowRegistration;
import org.springframework.integration.jms.dsl.Jms;

/**
 * A worker's side of the {@code jms} transport: one listener per thread, each in a
 * transacted session, so that a request is acknowledged only once its partition ran (or
 * was found claimed): a worker killed meanwhile has it delivered to another.
 */
class JmsPartitionTransport implements PartitionTransport {

	private final ConnectionFactory connectionFactory;

	private final WorkerProperties properties;

	private final IntegrationFlowContext flows;

	JmsPartitionTransport(ConnectionFactory connectionFactory, WorkerProperties properties,
			IntegrationFlowContext flows) {
		this.connectionFactory = connectionFactory;
		this.properties = properties;
		this.flows = flows;
	}

	@Override
	public AutoCloseable startIntake(PartitionRequests requests) {
		int threads = this.properties.threads();
		IntegrationFlow intake = IntegrationFlow
			.from(Jms.messageDrivenChannelAdapter(this.connectionFactory)
				.destination(this.properties.jms().queue())
				.configureListenerContainer((container) -> container.sessionTransacted(true)
					.concurrentConsumers(threads)
					.maxConcurrentConsumers(threads)))
			.handle(String.class, (text, headers) -> {
				requests.take(PartitionRequestText.parse(text));
				return null;
			})
			.get();
		IntegrationFlowRegistration registration = this.flows.registration(intake).id("partitionIntake").register();
		return registration::destroy;
	}

	@Override
	public String describe() {
		return "jms, queue " + this.properties.jms().queue() + " at " + this.properties.jms().brokerUrl();
	}

}
