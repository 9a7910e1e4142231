package io.cashpost.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL a benchmark size runs on, fresh for that size: how the Cashpost
 * processes are pointed at it, how the benchmark reads it afterwards, and what its server
 * costs in CPU.
 */
interface DatabaseTarget extends AutoCloseable {

	/** One line for the report: which server, where. */
	String description();

	/** Options for the {@code import-invoices} process: a fresh, empty database. */
	List<String> firstRunOptions();

	/** Options for the processes that follow: the same database, as left. */
	List<String> nextRunOptions();

	/** Counts the server's CPU while one process runs. */
	ServerCpu serverCpu();

	/**
	 * A connection for the benchmark itself, once the Cashpost processes have ended (the
	 * embedded server is started again for it).
	 */
	Connection connect() throws SQLException;

	/** The database's size on disk, and for the embedded one its whole data directory. */
	String sizeReport(Connection connection) throws SQLException;

	/** Stops a server a killed process left running (embedded only). */
	void abandon();

	/** Stops what the benchmark started; drops or deletes the database unless kept. */
	@Override
	void close();

}
