package io.cashpost.worker;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The {@code jms} transport: partition requests go through a queue of an ActiveMQ Artemis
 * broker, as text ({@code matchAndPostPartitionStep 57}), so that nothing is deserialized
 * from the wire.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cashpost.workers.transport", havingValue = "jms")
class JmsTransportConfiguration {

	@Bean(destroyMethod = "close")
	ActiveMQConnectionFactory partitionConnectionFactory(WorkerProperties properties) {
		WorkerProperties.Jms jms = properties.jms();
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(jms.brokerUrl(), jms.user(), jms.password());
		// A worker buffers no requests it cannot run yet: each goes to a worker with a
		// free thread.
		factory.setConsumerWindowSize(0);
		factory.setDeserializationAllowList("java.lang.String");
		return factory;
	}

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow partitionRequestsToJms(DirectChannel partitionRequests,
			ActiveMQConnectionFactory partitionConnectionFactory, WorkerProperties properties) {
		return IntegrationFlow.from(partitionRequests)
			.transform(StepExecutionRequest.class, PartitionRequestText::format)
			.handle(Jms.outboundAdapter(partitionConnectionFactory).destination(properties.jms().queue()))
			.get();
	}

	@Bean
	JmsPartitionTransport partitionTransport(ActiveMQConnectionFactory partitionConnectionFactory,
			WorkerProperties properties, IntegrationFlowContext flows) {
		return new JmsPartitionTransport(partitionConnectionFactory, properties, flows);
	}

}
