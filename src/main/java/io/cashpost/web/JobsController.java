package io.cashpost.web;

import java.util.List;
import java.util.Map;

import io.cashpost.job.JobExecutionRecord;
import io.cashpost.job.JobHistory;
import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.JobUsageException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP trigger for schedulers: {@code POST /jobs/{name}/runs?param=value} runs a job
 * definition or job to its end like {@code run} and answers {@code 200} when it
 * completed, {@code 500} when it failed, {@code 400} for an unknown job or a missing
 * parameter. {@code GET /jobs} lists recent executions like {@code jobs}.
 */
@RestController
@RequestMapping("/jobs")
class JobsController {

	private final JobRuns runs;

	private final JobHistory history;

	JobsController(JobRuns runs, JobHistory history) {
		this.runs = runs;
		this.history = history;
	}

	@PostMapping("/{name}/runs")
	ResponseEntity<JobRun> run(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		JobRun run = this.runs.run(name, parameters);
		return ResponseEntity.status(run.succeeded() ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR).body(run);
	}

	@GetMapping
	List<JobExecutionRecord> recent(@RequestParam(required = false) String job,
			@RequestParam(defaultValue = "20") int limit) {
		return this.history.recent(job, Math.max(1, Math.min(limit, 1000)));
	}

	@ExceptionHandler(JobUsageException.class)
	ResponseEntity<Map<String, String>> badRequest(JobUsageException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
	}

}
