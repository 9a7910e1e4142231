package io.cashpost.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cashpost.collection.Worklist;
import io.cashpost.collection.WorklistReport;
import io.cashpost.collection.WorklistRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/worklist}: customers to chase, most urgent first, each with why it is
 * there and, when chasing is blocked, why.
 */
@RestController
@Tag(name = "Worklist", description = "Whom to chase, by score, with reasons and blocks (COLLECTOR)")
class WorklistApi {

	private final Worklist worklist;

	WorklistApi(Worklist worklist) {
		this.worklist = worklist;
	}

	@GetMapping(path = "/api/worklist", produces = { "application/json", "text/csv" })
	@Operation(summary = "Chaseable rows by score, then blocked rows; blocked=false|true keeps one kind")
	WorklistPage worklist(@RequestParam(required = false) Boolean blocked,
			@RequestParam(required = false) String customer, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		WorklistReport report = this.worklist.today();
		List<WorklistRow> rows = report.rows()
			.stream()
			.filter((row) -> blocked == null || row.blocked() == blocked)
			.filter((row) -> customer == null || row.customerId().equals(customer))
			.toList();
		int from = offset(paging);
		int to = Math.min(rows.size(), from + paging.limit());
		String next = (to < rows.size()) ? Paging.cursor(Integer.toString(to)) : null;
		return new WorklistPage(report.date(), report.newestStatementAt(), report.stale(),
				rows.subList(Math.min(from, rows.size()), to).stream().map(RowView::of).toList(), next);
	}

	private static int offset(Paging paging) {
		if (paging.cursor() == null) {
			return 0;
		}
		try {
			return Integer.parseInt(paging.cursorPart(0));
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("not a cursor of the worklist");
		}
	}

	/**
	 * A page of the worklist.
	 *
	 * @param date the day
	 * @param newestStatementAt when the newest bank statement was ingested
	 * @param stale whether that is too old: then every row is blocked
	 * @param items the rows
	 * @param next the cursor of the next page
	 */
	record WorklistPage(LocalDate date, Instant newestStatementAt, boolean stale, List<RowView> items,
			String next) implements Listing {

		@Override
		@JsonIgnore
		public Class<?> itemType() {
			return RowView.class;
		}

		@Override
		@JsonIgnore
		public String cursorParameter() {
			return "cursor";
		}

	}

	/**
	 * One row; amounts as decimal strings, the score a number.
	 *
	 * @param customerId the customer
	 * @param customerName its name
	 * @param currency the currency
	 * @param score amount-months overdue, raised by broken promises
	 * @param overdue open past due
	 * @param disputed the part under open disputes
	 * @param overdueInvoices how many invoices are overdue
	 * @param oldestDaysPastDue the oldest one's days past due
	 * @param brokenPromises promises broken recently
	 * @param blocked whether chasing is blocked
	 * @param blocks why, each {@code code: detail}
	 * @param reasons why the customer is on the list
	 * @param paidToday invoices paid or partly paid today
	 * @param invoiceNumbers the overdue invoices
	 * @param disputedInvoices those of them under an open dispute
	 */
	record RowView(String customerId, String customerName, String currency, BigDecimal score, String overdue,
			String disputed, int overdueInvoices, int oldestDaysPastDue, int brokenPromises, boolean blocked,
			List<WorklistRow.Block> blocks, List<String> reasons, List<PaidTodayView> paidToday,
			List<String> invoiceNumbers, List<String> disputedInvoices) {

		static RowView of(WorklistRow r) {
			String c = r.currency();
			return new RowView(r.customerId(), r.customerName(), c, r.score(), Amounts.of(r.overdue(), c),
					Amounts.of(r.disputed(), c), r.overdueInvoices(), r.oldestDaysPastDue(), r.brokenPromises(),
					r.blocked(), r.blocks(), r.reasons(),
					r.paidToday().stream().map((p) -> PaidTodayView.of(p, c)).toList(), r.invoiceNumbers(),
					r.disputedInvoices());
		}

	}

	/**
	 * @param invoiceNumber the invoice
	 * @param settled what today's postings settled on it
	 * @param status {@code paid} or {@code partially_paid}
	 */
	record PaidTodayView(String invoiceNumber, String settled, String status) {

		static PaidTodayView of(WorklistRow.PaidToday p, String currency) {
			return new PaidTodayView(p.invoiceNumber(), Amounts.of(p.settled(), currency), p.status());
		}

		@Override
		public String toString() {
			return this.invoiceNumber + " " + this.status + " (" + this.settled + ")";
		}

	}

}
