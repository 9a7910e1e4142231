package io.cashpost.worker;

import java.sql.DriverManager;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.jdbc.PgConnection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.jdbc.channel.PgConnectionSupplier;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code jdbc} transport (the default): partition requests wait in Spring
 * Integration's JDBC channel message store in the shared PostgreSQL. A worker takes one
 * with {@code delete ... for update skip locked} in a transaction that also records its
 * claim; it looks every {@code cashpost.workers.jdbc.poll-interval}, and with
 * {@code listen} PostgreSQL's {@code NOTIFY} wakes it at once. Nothing else to run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cashpost.workers.transport", havingValue = "jdbc", matchIfMissing = true)
class JdbcTransportConfiguration {

	private static final Log logger = LogFactory.getLog(JdbcTransportConfiguration.class);

	/** The channel's group in the message store. */
	static final String GROUP = "cashpost.partitions";

	@Bean
	JdbcChannelMessageStore partitionMessageStore(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion("cashpost");
		// only what a partition request is made of is ever read back into objects
		store.addAllowedPatterns("java.lang.*", "java.util.*", "org.springframework.messaging.*",
				"org.springframework.batch.integration.partition.StepExecutionRequest");
		return store;
	}

	@Bean
	PartitionRequestChannel partitionRequests(JdbcChannelMessageStore partitionMessageStore,
			PlatformTransactionManager transactionManager, WorkerProperties properties, DataSource dataSource) {
		PartitionRequestChannel channel = new PartitionRequestChannel(partitionMessageStore, GROUP,
				new PostgresChannelMessageTableSubscriber(directConnections(dataSource)));
		// the request leaves the table in the transaction that records the worker's claim
		channel.setTransactionManager(transactionManager);
		// one thread per partition the worker runs at once: each takes a request only
		// when it is free
		ThreadPoolTaskExecutor takers = new ThreadPoolTaskExecutor();
		takers.setThreadNamePrefix("partition-taker-");
		takers.setDaemon(true);
		takers.setCorePoolSize(properties.threads());
		takers.setMaxPoolSize(properties.threads());
		takers.setQueueCapacity(1);
		takers.setRejectedExecutionHandler((task, pool) -> {
			// every thread busy and one wake-up waiting: a free thread looks again anyway
		});
		takers.initialize();
		channel.setDispatcherExecutor(takers);
		// a failing database is not asked again in a tight loop
		channel.setRetryTemplate(
				new RetryTemplate(RetryPolicy.builder().maxRetries(1).delay(properties.jdbc().pollInterval()).build()));
		channel.setErrorHandler((ex) -> {
			if (!(NestedExceptionUtils.getRootCause(ex) instanceof PartitionRequests.Stopping)) {
				logger.warn("taking a partition request failed: " + NestedExceptionUtils.getMostSpecificCause(ex));
			}
		});
		return channel;
	}

	@Bean
	JdbcPartitionTransport partitionTransport(PartitionRequestChannel partitionRequests, WorkerProperties properties) {
		return new JdbcPartitionTransport(partitionRequests, properties.jdbc());
	}

	/**
	 * {@code LISTEN} needs a connection of its own, outside the pool, for as long as the
	 * worker runs.
	 */
	private static PgConnectionSupplier directConnections(DataSource dataSource) {
		return () -> {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			Properties login = new Properties();
			if (pool.getUsername() != null) {
				login.setProperty("user", pool.getUsername());
			}
			if (pool.getPassword() != null) {
				login.setProperty("password", pool.getPassword());
			}
			return DriverManager.getConnection(pool.getJdbcUrl(), login).unwrap(PgConnection.class);
		};
	}

}
