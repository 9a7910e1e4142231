package io.cashpost.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The worklist of a day.
 *
 * @param date the day
 * @param newestStatementAt when the newest bank statement was ingested, or {@code null}
 * @param stale whether that is older than the configured age: then every row is blocked
 * @param rows chaseable rows by score, then blocked rows by score
 */
public record WorklistReport(LocalDate date, Instant newestStatementAt, boolean stale, List<WorklistRow> rows) {

}
