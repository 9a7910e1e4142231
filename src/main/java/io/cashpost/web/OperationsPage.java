package io.cashpost.web;

import java.util.Map;

import io.cashpost.intake.ReceivedFiles;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.JobHistory;
import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.JobUsageException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files and jobs in the dashboard: deliveries with their status and reason, an upload
 * (TREASURY), recent job runs and a trigger (ADMIN).
 */
@Controller
@DashboardPage
class OperationsPage {

	private final ReceivedFiles files;

	private final JobHistory jobs;

	private final JobRuns runs;

	private final Uploads uploads;

	OperationsPage(ReceivedFiles files, JobHistory jobs, JobRuns runs, Uploads uploads) {
		this.files = files;
		this.jobs = jobs;
		this.runs = runs;
		this.uploads = uploads;
	}

	@GetMapping("/operations")
	String operations(@RequestParam(required = false) String status, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("files", this.files.recent((status == null || status.isBlank()) ? null : status, 200));
		model.addAttribute("jobs", this.jobs.recent(null, 50));
		return "operations";
	}

	@PostMapping("/operations/files")
	String upload(@RequestPart("file") MultipartFile file, RedirectAttributes flash) {
		FileOutcome outcome = this.uploads.ingest(file);
		flash.addFlashAttribute(outcome.processed() ? "message" : "error", outcome.summaryLine());
		return "redirect:/operations";
	}

	@PostMapping("/operations/jobs/{name}")
	String run(@PathVariable String name, RedirectAttributes flash) {
		try {
			JobRun run = this.runs.run(name, Map.of());
			flash.addFlashAttribute(run.succeeded() ? "message" : "error",
					name + ": " + run.status() + " - " + run.summary());
		}
		catch (JobUsageException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/operations";
	}

}
