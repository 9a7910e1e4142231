package io.cashpost.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Lets one {@code matchAndPostJob} run match at a time, in this process or any other on
 * the same database (a poller in {@code serve} and a nightly run from cron): partitions
 * of two runs could otherwise own the same customer. A PostgreSQL advisory lock, held by
 * a connection of its own for the run; a crashed process loses it with its connection.
 */
class MatchingLock implements JobExecutionListener {

	/** The lock's key: any number that no other advisory lock of Cashpost uses. */
	private static final long KEY = 0x6361736870_01L;

	private final DataSource dataSource;

	private final Map<Long, Connection> held = new ConcurrentHashMap<>();

	MatchingLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		try {
			Connection connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			execute(connection, "select pg_advisory_lock(?)");
			this.held.put(jobExecution.getId(), connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the matching lock: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Connection connection = this.held.remove(jobExecution.getId());
		if (connection == null) {
			return;
		}
		try {
			execute(connection, "select pg_advisory_unlock(?)");
			connection.close();
		}
		catch (SQLException ex) {
			abort(connection);
		}
	}

	/**
	 * A pool would hand the connection out again with the lock still held: end it
	 * instead, which releases the lock.
	 */
	private static void abort(Connection connection) {
		try {
			connection.abort(Runnable::run);
		}
		catch (SQLException ex) {
			// the connection is gone either way
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			statement.execute();
		}
	}

}
