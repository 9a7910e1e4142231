package io.cashpost.web;

import io.cashpost.collection.Worklist;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worklist page: rows by score with their reasons and blocks, and the promise,
 * dispute and note forms of each row (posted to {@link CustomerPages}).
 */
@Controller
@DashboardPage
class WorklistPages {

	private final Worklist worklist;

	WorklistPages(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping("/worklist")
	String worklist(@RequestParam(defaultValue = "false") boolean blockedOnly, Model model) {
		var report = this.worklist.today();
		model.addAttribute("report", report);
		model.addAttribute("rows",
				blockedOnly ? report.rows().stream().filter((r) -> r.blocked()).toList() : report.rows());
		return "worklist";
	}

}
