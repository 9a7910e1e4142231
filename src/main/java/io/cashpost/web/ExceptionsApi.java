package io.cashpost.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.exceptionqueue.ExceptionDetail;
import io.cashpost.exceptionqueue.ExceptionFilter;
import io.cashpost.exceptionqueue.ExceptionQueries;
import io.cashpost.exceptionqueue.ExceptionResolution;
import io.cashpost.exceptionqueue.ExceptionSummary;
import io.cashpost.exceptionqueue.Resolution;
import io.cashpost.exceptionqueue.Resolved;
import io.cashpost.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/exceptions}: the queue with filters, one exception with its evidence and
 * ranked suggestions, and its resolution, through the same code as the {@code resolve}
 * command ({@link ExceptionResolution}), recorded as decided by the signed-in user.
 */
@RestController
@Tag(name = "Exception queue", description = "Payments to place by hand, and their resolution (TREASURY)")
class ExceptionsApi {

	private final ExceptionQueries queries;

	private final ExceptionResolution resolution;

	ExceptionsApi(ExceptionQueries queries, ExceptionResolution resolution) {
		this.queries = queries;
		this.resolution = resolution;
	}

	@GetMapping(path = "/api/exceptions", produces = { "application/json", "text/csv" })
	@Operation(summary = "Exceptions, oldest first; status open (default), resolved or all")
	Page<SummaryView> list(@RequestParam(defaultValue = "open") String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String minAmount, @RequestParam(required = false) String maxAmount,
			@RequestParam(required = false) Integer minAgeDays, @RequestParam(required = false) Integer maxAgeDays,
			@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) Integer limit,
			HttpServletRequest request) {
		if (!List.of("open", "resolved", "all").contains(status)) {
			throw new BadRequestException("status is open, resolved or all, not '" + status + "'");
		}
		Paging paging = Paging.of(limit, null, request);
		ExceptionFilter filter = new ExceptionFilter(status.equals("all") ? null : status, reason, currency,
				Amounts.parse(minAmount, "minAmount"), Amounts.parse(maxAmount, "maxAmount"), minAgeDays, maxAgeDays);
		return Page
			.after(this.queries.list(filter, after, paging.fetch()), paging.limit(), ExceptionSummary::exceptionId,
					ExceptionSummary.class)
			.map(SummaryView::of, SummaryView.class);
	}

	@GetMapping(path = "/api/exceptions/{id}", produces = "application/json")
	@Operation(summary = "One exception: the payment as the bank reported it, ranked suggestions, the resolution")
	DetailView one(@PathVariable long id) {
		return DetailView.of(this.queries.detail(id).orElseThrow(() -> new NotFoundException("no exception " + id)));
	}

	@PostMapping(path = "/api/exceptions/{id}/resolution", produces = "application/json")
	@Operation(summary = "Resolve: assign, on_account, non_receivable, refund, dismiss, or accept_suggestion (rank)")
	ResolvedView resolve(@PathVariable long id, @RequestBody ResolutionRequest body) {
		Resolution decided = decide(id, body);
		Resolved resolved = this.resolution.resolve(id, decided, CurrentUser.name());
		return ResolvedView.of(resolved);
	}

	private Resolution decide(long id, ResolutionRequest body) {
		if (body.action() == null) {
			throw new BadRequestException(
					"say the action: assign, on_account, non_receivable, refund, dismiss or " + "accept_suggestion");
		}
		return switch (body.action()) {
			case "assign" -> new Resolution.Assign(amounts(body.invoices()));
			case "on_account" -> new Resolution.OnAccount(required(body.customerId(), "customerId"));
			case "non_receivable" -> new Resolution.NonReceivable(required(body.account(), "account"));
			case "refund" -> new Resolution.Refund();
			case "dismiss" -> new Resolution.Dismiss();
			case "accept_suggestion" -> new Resolution.Assign(ExceptionQueries.acceptance(
					this.queries.detail(id).orElseThrow(() -> new NotFoundException("no exception " + id)),
					(body.rank() != null) ? body.rank() : 1));
			default -> throw new BadRequestException("unknown action '" + body.action() + "'");
		};
	}

	private static Map<String, BigDecimal> amounts(Map<String, String> invoices) {
		if (invoices == null || invoices.isEmpty()) {
			throw new BadRequestException("assign needs invoices: {\"INV-1\": \"100.00\", ...}");
		}
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		invoices.forEach((invoice, amount) -> amounts.put(invoice, Amounts.parse(amount, invoice)));
		return amounts;
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field + " is required for this action");
		}
		return value;
	}

	/**
	 * What a person decides.
	 *
	 * @param action {@code assign}, {@code on_account}, {@code non_receivable},
	 * {@code refund}, {@code dismiss} or {@code accept_suggestion}
	 * @param invoices for assign: invoice number to amount (decimal string)
	 * @param customerId for on_account
	 * @param account for non_receivable: the ledger account
	 * @param rank for accept_suggestion: which suggestion (1, the best, unless given)
	 */
	record ResolutionRequest(String action, Map<String, String> invoices, String customerId, String account,
			Integer rank) {
	}

	/**
	 * @param exceptionId the exception
	 * @param resolutionId the resolution record
	 * @param kind what was decided
	 * @param detail the decision in words
	 * @param currency the payment's currency
	 * @param amount its amount
	 * @param journalEntryId the entry that moved it out of suspense, if any
	 * @param resolvedBy who
	 * @param resolvedAt when
	 */
	record ResolvedView(long exceptionId, long resolutionId, String kind, String detail, String currency, String amount,
			Long journalEntryId, String resolvedBy, java.time.Instant resolvedAt) {

		static ResolvedView of(Resolved r) {
			String currency = r.amount().currency().getCurrencyCode();
			return new ResolvedView(r.exceptionId(), r.resolutionId(), r.resolution().kind(), r.resolution().describe(),
					currency, Amounts.of(r.amount().amount(), currency), r.journalEntryId(), r.resolvedBy(),
					r.resolvedAt());
		}

	}

	/**
	 * One exception; amounts as decimal strings.
	 *
	 * @param exceptionId the item
	 * @param reason why it was not posted
	 * @param detail the reason in words
	 * @param status open or resolved
	 * @param createdAt when queued
	 * @param holdsMoney whether its money waits in suspense
	 * @param payment the payment as the bank reported it
	 * @param suggestions ranked, best first
	 * @param resolution how it was resolved, or {@code null}
	 */
	record DetailView(long exceptionId, String reason, String detail, String status, OffsetDateTime createdAt,
			boolean holdsMoney, PaymentView payment, List<SuggestionView> suggestions,
			ExceptionDetail.ResolutionRecord resolution) {

		static DetailView of(ExceptionDetail d) {
			return new DetailView(d.exceptionId(), d.reason(), d.detail(), d.status(), d.createdAt(), d.holdsMoney(),
					PaymentView.of(d.payment()), d.suggestions().stream().map(SuggestionView::of).toList(),
					d.resolution());
		}

	}

	/**
	 * The payment.
	 *
	 * @param bankTransactionId the bank transaction
	 * @param file the statement file
	 * @param account our account
	 * @param currency its currency
	 * @param amount its amount
	 * @param bookingDate booked
	 * @param valueDate value date
	 * @param payer who paid
	 * @param payerAccount from which account
	 * @param entryRef the bank's reference
	 * @param endToEndId the payer's end-to-end id
	 * @param creditorReference a structured reference
	 * @param referredDocuments document numbers referred to
	 * @param remittance what the payer wrote
	 * @param bankTransactionCode the bank's code
	 */
	record PaymentView(long bankTransactionId, String file, String account, String currency, String amount,
			LocalDate bookingDate, LocalDate valueDate, String payer, String payerAccount, String entryRef,
			String endToEndId, String creditorReference, List<String> referredDocuments, String remittance,
			String bankTransactionCode) {

		static PaymentView of(ExceptionDetail.Evidence e) {
			return new PaymentView(e.bankTransactionId(), e.file(), e.account(), e.currency(),
					Amounts.of(e.amount(), e.currency()), e.bookingDate(), e.valueDate(), e.payer(), e.payerAccount(),
					e.entryRef(), e.endToEndId(), e.creditorReference(), e.referredDocuments(), e.remittance(),
					e.bankTransactionCode());
		}

	}

	/**
	 * A ranked suggestion.
	 *
	 * @param rank 1 for the best
	 * @param invoiceNumber the invoice
	 * @param customerId its customer
	 * @param currency its currency
	 * @param openAmountWhenQueued open when the exception was queued
	 * @param openAmountNow open now, {@code null} when the invoice is gone
	 * @param score 0 to 1
	 * @param why the evidence
	 */
	record SuggestionView(int rank, String invoiceNumber, String customerId, String currency,
			String openAmountWhenQueued, String openAmountNow, BigDecimal score, String why) {

		static SuggestionView of(ExceptionDetail.RankedSuggestion s) {
			String c = s.currency();
			return new SuggestionView(s.rank(), s.invoiceNumber(), s.customerId(), c,
					(c != null) ? Amounts.of(s.openAmountWhenQueued(), c) : null,
					(c != null) ? Amounts.of(s.openAmountNow(), c) : null, s.score(), s.why());
		}

	}

	/**
	 * An exception in the list; amounts as decimal strings.
	 *
	 * @param exceptionId the item
	 * @param reason why it was not posted
	 * @param status open or resolved
	 * @param createdAt when queued
	 * @param ageDays days since
	 * @param currency the payment's currency
	 * @param amount its amount
	 * @param valueDate its value date
	 * @param payer who paid
	 * @param payerAccount from which account
	 * @param remittance what the payer wrote
	 * @param file the statement file
	 * @param holdsMoney whether its money waits in suspense
	 * @param suggestions how many suggestions
	 * @param bestSuggestion the best one
	 */
	record SummaryView(long exceptionId, String reason, String status, OffsetDateTime createdAt, int ageDays,
			String currency, String amount, LocalDate valueDate, String payer, String payerAccount, String remittance,
			String file, boolean holdsMoney, int suggestions, String bestSuggestion) {

		static SummaryView of(ExceptionSummary e) {
			return new SummaryView(e.exceptionId(), e.reason(), e.status(), e.createdAt(), e.ageDays(), e.currency(),
					Amounts.of(e.amount(), e.currency()), e.valueDate(), e.payer(), e.payerAccount(), e.remittance(),
					e.file(), e.holdsMoney(), e.suggestions(), e.bestSuggestion());
		}

	}

}
