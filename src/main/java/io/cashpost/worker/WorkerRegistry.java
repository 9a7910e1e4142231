package io.cashpost.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The workers registered in the shared database, and which of them are alive. A worker
 * holds a PostgreSQL advisory lock on a connection of its own while it runs: the database
 * drops it the moment that connection dies, so a worker killed with SIGKILL is noticed at
 * once. A heartbeat catches what a lock cannot: a machine gone without closing its
 * connection. Heartbeats are compared with the database's clock, the one clock all
 * machines share.
 */
@Repository
class WorkerRegistry {

	private static final Log logger = LogFactory.getLog(WorkerRegistry.class);

	/** The advisory lock's first key: no other lock of Cashpost uses it. */
	static final int LOCK_CLASS = 1129;

	private static final String LIVE = """
			select w.worker_id, w.name, w.threads
			  from worker w
			 where w.stopped_at is null
			   and w.heartbeat_at > now() - make_interval(secs => :timeoutSeconds)
			   and exists (select 1 from pg_locks l
			                where l.locktype = 'advisory' and l.granted and l.objsubid = 2
			                  and l.database = (select oid from pg_database where datname = current_database())
			                  and l.classid = :lockClass and l.objid::bigint = w.worker_id)
			 order by w.worker_id
			""";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	WorkerRegistry(DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers this JVM as a worker and takes its lock; forgets workers stopped or
	 * silent for a month.
	 */
	Registration register(String name, int threads) {
		this.jdbc.sql("delete from worker where coalesce(stopped_at, heartbeat_at) < now() - interval '30 days'")
			.update();
		long id = this.jdbc.sql("""
				insert into worker (name, threads, started_at, heartbeat_at) values (:name, :threads, :started, now())
				returning worker_id
				""")
			.param("name", name)
			.param("threads", threads)
			.param("started", OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		Registration registration = new Registration(Runner.worker(id, name));
		registration.connect();
		return registration;
	}

	/** The workers alive now, by id. */
	List<LiveWorker> live(Duration heartbeatTimeout) {
		return this.jdbc.sql(LIVE)
			.param("timeoutSeconds", heartbeatTimeout.toMillis() / 1000.0)
			.param("lockClass", LOCK_CLASS)
			.query((rs, row) -> new LiveWorker(rs.getLong("worker_id"), rs.getString("name"), rs.getInt("threads")))
			.list();
	}

	/**
	 * A live worker.
	 *
	 * @param id its registration
	 * @param name its name
	 * @param threads the partitions it runs at once
	 */
	record LiveWorker(long id, String name, int threads) {

	}

	/**
	 * This JVM's registration as a worker: its lock, held on a connection of its own, and
	 * its heartbeat.
	 */
	final class Registration implements AutoCloseable {

		private final Runner runner;

		private Connection connection;

		private Registration(Runner runner) {
			this.runner = runner;
		}

		Runner runner() {
			return this.runner;
		}

		long id() {
			return this.runner.workerId();
		}

		/**
		 * Says this worker is alive; takes its lock again on a new connection when the
		 * old one broke (the database restarted, the network dropped).
		 */
		synchronized void heartbeat() {
			try {
				execute("update worker set heartbeat_at = now() where worker_id = ?");
			}
			catch (SQLException ex) {
				logger.warn(this.runner + ": heartbeat failed (" + ex.getMessage() + "), connecting again");
				closeQuietly();
				connect();
			}
		}

		private synchronized void connect() {
			try {
				this.connection = WorkerRegistry.this.dataSource.getConnection();
				this.connection.setAutoCommit(true);
				try (PreparedStatement lock = this.connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
					lock.setInt(1, LOCK_CLASS);
					lock.setInt(2, Math.toIntExact(id()));
					lock.execute();
				}
				execute("update worker set heartbeat_at = now() where worker_id = ?");
			}
			catch (SQLException ex) {
				closeQuietly();
				throw new IllegalStateException(this.runner + ": cannot take the worker lock: " + ex.getMessage(), ex);
			}
		}

		/** Marks the worker stopped and lets its lock go. */
		@Override
		public synchronized void close() {
			try {
				execute("update worker set stopped_at = now() where worker_id = ?");
			}
			catch (SQLException ex) {
				logger.warn(this.runner + ": could not record the stop: " + ex.getMessage());
			}
			closeQuietly();
		}

		private void execute(String sql) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				statement.setLong(1, id());
				statement.execute();
			}
		}

		/**
		 * Lets the lock go and hands the connection back to the pool, which drops it if
		 * it broke.
		 */
		private void closeQuietly() {
			if (this.connection == null) {
				return;
			}
			try (Connection closing = this.connection) {
				try (PreparedStatement unlock = closing.prepareStatement("select pg_advisory_unlock(?, ?)")) {
					unlock.setInt(1, LOCK_CLASS);
					unlock.setInt(2, Math.toIntExact(id()));
					unlock.execute();
				}
			}
			catch (SQLException ex) {
				// a broken connection holds no lock
			}
			this.connection = null;
		}

	}

}
