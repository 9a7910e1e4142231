package io.cashpost.worker;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the partitions of a partitioned step run: as threads of the JVM that runs the job
 * ({@code local}), or on worker JVMs ({@code cashpost worker}) sharing its database
 * ({@code remote}).
 *
 * @param mode {@code local} or {@code remote}
 * @param transport how partition requests reach the workers: {@code jdbc} (a table of the
 * shared PostgreSQL) or {@code jms} (a queue of an ActiveMQ Artemis broker)
 * @param waitForWorkers how long the job's JVM waits for a live worker before it falls
 * back
 * @param fallback what it does when no worker is alive: {@code run-locally} (as in
 * {@code local} mode) or {@code fail}
 * @param pollInterval how often the job's JVM reads the job repository to learn which
 * partitions have finished, and checks that their workers are still alive
 * @param timeout how long it waits for all partitions; those still unfinished then are
 * marked failed, for {@code restart} to run again
 * @param threads partitions one worker runs at once
 * @param name a worker's name in logs and in {@code jobs}; default {@code host:pid}
 * @param heartbeatInterval how often a worker says it is alive
 * @param heartbeatTimeout a worker silent this long is taken for dead (one killed is
 * noticed at once: its database lock goes with its connection)
 * @param jdbc the {@code jdbc} transport
 * @param jms the {@code jms} transport
 */
@ConfigurationProperties("cashpost.workers")
@Validated
public record WorkerProperties(@DefaultValue("local") @NotNull Mode mode,
		@DefaultValue("jdbc") @NotNull Transport transport, @DefaultValue("15s") Duration waitForWorkers,
		@DefaultValue("run-locally") @NotNull Fallback fallback, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("2h") Duration timeout, @DefaultValue("1") @Min(1) @Max(32) int threads, String name,
		@DefaultValue("2s") Duration heartbeatInterval, @DefaultValue("20s") Duration heartbeatTimeout,
		@DefaultValue @Valid Jdbc jdbc, @DefaultValue @Valid Jms jms) {

	public WorkerProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("cashpost.workers.poll-interval must be positive");
		}
		if (heartbeatTimeout.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException(
					"cashpost.workers.heartbeat-timeout must be at least twice cashpost.workers.heartbeat-interval");
		}
	}

	/** Where partitions run. */
	public enum Mode {

		/** As threads of the JVM that runs the job. */
		LOCAL,

		/** On worker JVMs. */
		REMOTE

	}

	/** How partition requests travel. */
	public enum Transport {

		/** Spring Integration's JDBC channel message store in the shared PostgreSQL. */
		JDBC,

		/** A JMS queue of an ActiveMQ Artemis broker. */
		JMS

	}

	/** What the job's JVM does when no worker is alive. */
	public enum Fallback {

		/** Runs the partitions itself. */
		RUN_LOCALLY,

		/** Fails the step, saying so. */
		FAIL

	}

	/**
	 * The {@code jdbc} transport.
	 *
	 * @param pollInterval how often a worker looks for a request
	 * @param listen also wake workers at once through PostgreSQL's {@code LISTEN/NOTIFY}
	 * (needs a direct connection, not a pooler in transaction mode)
	 */
	public record Jdbc(@DefaultValue("1s") Duration pollInterval, @DefaultValue("false") boolean listen) {

	}

	/**
	 * The {@code jms} transport.
	 *
	 * @param brokerUrl the Artemis broker, e.g. {@code tcp://broker:61616}
	 * @param user the broker user, if it asks for one
	 * @param password its password
	 * @param queue the queue partition requests go through
	 */
	public record Jms(@DefaultValue("tcp://localhost:61616") @NotBlank String brokerUrl, String user, String password,
			@DefaultValue("cashpost.partitions") @NotBlank String queue) {

	}

}
