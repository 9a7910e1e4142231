package io.cashpost.web;

import java.util.List;
import java.util.Map;

import io.cashpost.job.JobExecutionRecord;
import io.cashpost.job.JobHistory;
import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.JobUsageException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP trigger for schedulers: {@code POST /jobs/{name}/runs?param=value} (and
 * {@code /api/jobs/...}) runs a job definition or job to its end like {@code run} and
 * answers {@code 200} when it completed, {@code 500} when it failed, {@code 400} for an
 * unknown job or a missing parameter (a problem detail that keeps its {@code error}
 * field). {@code GET /jobs} lists recent executions like {@code jobs}; {@code /api/jobs}
 * pages them. ADMIN.
 */
@RestController
@Tag(name = "Jobs", description = "Job runs and the trigger for schedulers (ADMIN)")
class JobsController {

	private final JobRuns runs;

	private final JobHistory history;

	JobsController(JobRuns runs, JobHistory history) {
		this.runs = runs;
		this.history = history;
	}

	@PostMapping({ "/jobs/{name}/runs", "/api/jobs/{name}/runs" })
	@Operation(summary = "Run a job definition or job to its end: 200 completed, 500 failed, 400 unknown job")
	ResponseEntity<JobRun> run(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		JobRun run = this.runs.run(name, parameters);
		return ResponseEntity.status(run.succeeded() ? HttpStatus.OK : HttpStatus.INTERNAL_SERVER_ERROR).body(run);
	}

	@GetMapping("/jobs")
	@Operation(summary = "Recent executions, as the jobs command lists them (a plain array)")
	List<JobExecutionRecord> recent(@RequestParam(required = false) String job,
			@RequestParam(defaultValue = "20") int limit) {
		return this.history.recent(job, Math.max(1, Math.min(limit, 1000)));
	}

	@GetMapping(path = "/api/jobs", produces = { "application/json", "text/csv" })
	@Operation(summary = "Recent executions, newest first: status, counts, duration, cause; paged")
	Page<JobExecutionRecord> page(@RequestParam(required = false) String job,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		int offset = Offsets.of(paging);
		return Offsets.page(this.history.recent(job, offset + paging.fetch()), offset, paging,
				JobExecutionRecord.class);
	}

	/**
	 * A problem detail that keeps the {@code error} field the first trigger answered
	 * with.
	 */
	@ExceptionHandler(JobUsageException.class)
	ResponseEntity<ProblemDetail> badRequest(JobUsageException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("error", ex.getMessage());
		return ResponseEntity.badRequest().body(problem);
	}

}
