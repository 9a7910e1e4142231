package io.cashpost.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.cashpost.collection.ActionRefusedException;
import io.cashpost.collection.Customers;
import io.cashpost.collection.Disputes;
import io.cashpost.collection.Holds;
import io.cashpost.collection.Notes;
import io.cashpost.collection.PaymentHistory;
import io.cashpost.collection.Promises;
import io.cashpost.security.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers in the dashboard: the search, one customer's page (balances, open items,
 * payments, promises, disputes, notes, holds) and the collectors' actions, which go back
 * to the page they came from with a message.
 */
@Controller
@DashboardPage
class CustomerPages {

	private static final int PAYMENTS_SHOWN = 50;

	private final Customers customers;

	private final PaymentHistory history;

	private final Promises promises;

	private final Disputes disputes;

	private final Notes notes;

	private final Holds holds;

	CustomerPages(Customers customers, PaymentHistory history, Promises promises, Disputes disputes, Notes notes,
			Holds holds) {
		this.customers = customers;
		this.history = history;
		this.promises = promises;
		this.disputes = disputes;
		this.notes = notes;
		this.holds = holds;
	}

	@GetMapping("/customers")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("customers", this.customers.search(q, null, 200));
		return "customers";
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable String id, Model model) {
		model.addAttribute("customer", this.customers.detail(id));
		model.addAttribute("payments", this.history.of(id, null, PAYMENTS_SHOWN));
		return "customer";
	}

	@PostMapping("/customers/{id}/promises")
	String promise(@PathVariable String id, @RequestParam String currency, @RequestParam String amount,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate promisedDate,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			RedirectAttributes flash) {
		return act(id, back, flash, () -> {
			this.promises.record(id, currency, amount(amount), promisedDate, note, CurrentUser.name());
			return "promise of " + currency + " " + amount + " by " + promisedDate + " recorded for " + id;
		});
	}

	@PostMapping("/customers/{id}/disputes")
	String dispute(@PathVariable String id, @RequestParam String invoiceNumber,
			@RequestParam(required = false) String amount, @RequestParam String reasonCode,
			@RequestParam(required = false) String text, @RequestParam(required = false) String back,
			RedirectAttributes flash) {
		return act(id, back, flash, () -> {
			this.disputes.record(id, invoiceNumber, (amount != null && !amount.isBlank()) ? amount(amount) : null,
					reasonCode, text, CurrentUser.name());
			return "dispute on " + invoiceNumber + " recorded";
		});
	}

	@PostMapping("/customers/{id}/notes")
	String note(@PathVariable String id, @RequestParam String text,
			@RequestParam(required = false) String invoiceNumber, @RequestParam(required = false) String back,
			RedirectAttributes flash) {
		return act(id, back, flash, () -> {
			this.notes.add(id, invoiceNumber, text, CurrentUser.name());
			return "note added to " + id;
		});
	}

	@PostMapping("/customers/{id}/holds")
	String hold(@PathVariable String id, @RequestParam String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String back, RedirectAttributes flash) {
		return act(id, back, flash, () -> {
			this.holds.set(id, reason, until, CurrentUser.name());
			return id + " is on hold";
		});
	}

	@PostMapping("/customers/{id}/holds/{holdId}/release")
	String release(@PathVariable String id, @PathVariable long holdId, RedirectAttributes flash) {
		return act(id, null, flash, () -> {
			this.holds.release(holdId, CurrentUser.name());
			return "hold released";
		});
	}

	@PostMapping("/customers/{id}/disputes/{disputeId}/resolution")
	String resolveDispute(@PathVariable String id, @PathVariable long disputeId, @RequestParam String resolution,
			RedirectAttributes flash) {
		return act(id, null, flash, () -> {
			this.disputes.resolve(disputeId, resolution, CurrentUser.name());
			return "dispute " + disputeId + " resolved";
		});
	}

	private static String act(String customerId, String back, RedirectAttributes flash,
			java.util.function.Supplier<String> action) {
		try {
			flash.addFlashAttribute("message", action.get());
		}
		catch (ActionRefusedException | BadRequestException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + ("worklist".equals(back) ? "/worklist"
				: "/customers/" + org.springframework.web.util.UriUtils.encodePathSegment(customerId, "UTF-8"));
	}

	private static BigDecimal amount(String amount) {
		BigDecimal parsed = Amounts.parse(amount, "amount");
		if (parsed == null) {
			throw new BadRequestException("say the amount");
		}
		return parsed;
	}

}
