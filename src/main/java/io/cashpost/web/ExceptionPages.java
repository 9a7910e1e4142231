package io.cashpost.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cashpost.exceptionqueue.ExceptionDetail;
import io.cashpost.exceptionqueue.ExceptionFilter;
import io.cashpost.exceptionqueue.ExceptionQueries;
import io.cashpost.exceptionqueue.ExceptionResolution;
import io.cashpost.exceptionqueue.Resolution;
import io.cashpost.exceptionqueue.Resolved;
import io.cashpost.posting.ResolutionRefusedException;
import io.cashpost.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exception queue in the dashboard: the list with filters and a one-click "accept
 * suggestion", one exception with its evidence, and the ledger's resolutions, all through
 * {@link ExceptionResolution} like the {@code resolve} command.
 */
@Controller
@DashboardPage
class ExceptionPages {

	private final ExceptionQueries queries;

	private final ExceptionResolution resolution;

	ExceptionPages(ExceptionQueries queries, ExceptionResolution resolution) {
		this.queries = queries;
		this.resolution = resolution;
	}

	@GetMapping("/exceptions")
	String list(@RequestParam(required = false) String reason, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String minAmount, @RequestParam(required = false) String maxAmount,
			@RequestParam(required = false) Integer minAgeDays, @RequestParam(defaultValue = "open") String status,
			Model model) {
		ExceptionFilter filter = new ExceptionFilter(status.equals("all") ? null : status, blank(reason),
				blank(currency), Amounts.parse(minAmount, "minAmount"), Amounts.parse(maxAmount, "maxAmount"),
				minAgeDays, null);
		model.addAttribute("filter", filter);
		model.addAttribute("status", status);
		model.addAttribute("exceptions", this.queries.list(filter, 0, 500));
		return "exceptions";
	}

	@GetMapping("/exceptions/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("exception",
				this.queries.detail(id).orElseThrow(() -> new NotFoundException("no exception " + id)));
		return "exception";
	}

	@PostMapping("/exceptions/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "1") int rank,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		return resolve(id, flash, back, () -> {
			ExceptionDetail detail = this.queries.detail(id)
				.orElseThrow(() -> new ResolutionRefusedException("no exception " + id));
			return new Resolution.Assign(ExceptionQueries.acceptance(detail, rank));
		});
	}

	@PostMapping("/exceptions/{id}/resolution")
	String resolution(@PathVariable long id, @RequestParam String action,
			@RequestParam(required = false) String invoices, @RequestParam(required = false) String customerId,
			@RequestParam(required = false) String account, RedirectAttributes flash) {
		return resolve(id, flash, null, () -> switch (action) {
			case "assign" -> new Resolution.Assign(amounts(invoices));
			case "on_account" -> new Resolution.OnAccount(required(customerId, "the customer"));
			case "non_receivable" -> new Resolution.NonReceivable(required(account, "the account"));
			case "refund" -> new Resolution.Refund();
			case "dismiss" -> new Resolution.Dismiss();
			default -> throw new BadRequestException("unknown action '" + action + "'");
		});
	}

	private String resolve(long id, RedirectAttributes flash, String back,
			java.util.function.Supplier<Resolution> decide) {
		try {
			Resolved resolved = this.resolution.resolve(id, decide.get(), CurrentUser.name());
			flash.addFlashAttribute("message", resolved.summaryLine());
		}
		catch (ResolutionRefusedException | BadRequestException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + ("list".equals(back) ? "/exceptions" : "/exceptions/" + id);
	}

	/** {@code INV-1=100.00 INV-2=20} as the command line takes it. */
	private static Map<String, BigDecimal> amounts(String invoices) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (String word : required(invoices, "invoices and amounts").trim().split("[\\s,;]+")) {
			int at = word.lastIndexOf('=');
			if (at <= 0) {
				throw new BadRequestException("write each invoice as INVOICE=AMOUNT, not '" + word + "'");
			}
			amounts.put(word.substring(0, at), Amounts.parse(word.substring(at + 1), word.substring(0, at)));
		}
		return amounts;
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException("say " + what);
		}
		return value.strip();
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
