package io.cashpost.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a job with a PostgreSQL advisory lock held on a connection of its own, so that
 * processes sharing the database take turns (staging one file: the lock is taken before
 * its execution is created). The database drops the lock the moment its holder's
 * connection dies, SIGKILL included: whoever holds it knows that an execution the lock
 * covers and still marked running is one a dead process left behind, and marks it failed
 * so that it can be restarted.
 */
@Component
class ExclusiveRuns {

	private static final Log logger = LogFactory.getLog(ExclusiveRuns.class);

	private final DataSource dataSource;

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	ExclusiveRuns(DataSource dataSource, JobRepository jobRepository, JobOperator jobOperator) {
		this.dataSource = dataSource;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
	}

	/**
	 * Waits for the lock on {@code jobName}/{@code key}, recovers the executions a dead
	 * process left running, then launches.
	 * @param ours which running executions of the job the lock covers
	 */
	<T> T run(String jobName, long key, Predicate<JobExecution> ours, Supplier<T> launch) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			call(connection, "select pg_advisory_lock(?, ?)", jobName, key);
			try {
				recoverInterrupted(jobName, ours);
				return launch.get();
			}
			finally {
				call(connection, "select pg_advisory_unlock(?, ?)", jobName, key);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the run lock for " + jobName + ": " + ex.getMessage(), ex);
		}
	}

	private void recoverInterrupted(String jobName, Predicate<JobExecution> ours) {
		for (JobExecution running : this.jobRepository.findRunningJobExecutions(jobName)) {
			if (ours.test(running)) {
				logger.warn(jobName + " execution " + running.getId() + " was left " + running.getStatus()
						+ " by a process that ended without finishing it: marking it FAILED to restart");
				this.jobOperator.recover(this.jobRepository.getJobExecution(running.getId()));
			}
		}
	}

	private static void call(Connection connection, String sql, String jobName, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, jobName.hashCode());
			statement.setInt(2, Long.hashCode(key));
			statement.execute();
		}
	}

}
