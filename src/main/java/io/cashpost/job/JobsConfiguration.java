package io.cashpost.job;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.intake.FileSources;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job definitions of {@code jobs/}, read and checked at start-up. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	@Bean
	JobDefinitions jobDefinitions(JobProperties properties, List<Job> jobs, FileSources sources,
			ObjectProvider<ReportExports> exports) {
		Set<String> reports = exports.stream().flatMap((e) -> e.reports().stream()).collect(Collectors.toSet());
		return new JobDefinitions(properties.dir(), jobs.stream().map(Job::getName).collect(Collectors.toSet()),
				sources.names(), reports.stream().sorted().toList());
	}

}
