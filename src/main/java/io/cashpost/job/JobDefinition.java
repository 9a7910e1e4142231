package io.cashpost.job;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.support.CronExpression;

/**
 * One file in {@code jobs/}: which job, when, with what.
 *
 * @param name the file's name without {@code .yaml}: what {@code run} and the log call it
 * @param file the file
 * @param job the Spring Batch job it runs
 * @param cron when {@code serve} runs it (six fields: second minute hour day month
 * weekday), or {@code null} to run it only on demand
 * @param zone the time zone of the cron schedule
 * @param sources the sources {@code nightlyJob} collects from
 * @param parameters job parameters
 * @param exports the reports {@code nightlyJob} writes
 */
public record JobDefinition(String name, Path file, String job, CronExpression cron, ZoneId zone, List<String> sources,
		Map<String, String> parameters, List<ExportDefinition> exports) {

	public JobDefinition {
		sources = List.copyOf(sources);
		parameters = Map.copyOf(parameters);
		exports = List.copyOf(exports);
	}

}
