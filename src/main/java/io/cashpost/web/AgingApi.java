package io.cashpost.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cashpost.collection.Aging;
import io.cashpost.collection.AgingRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/aging?asOf=}: open receivables by days past due as of any day (default
 * today), recomputed from the ledger, per customer and currency, with totals per
 * currency. The buckets of a row add up to its total.
 */
@RestController
@Tag(name = "Aging", description = "Aging by due date as of any day (COLLECTOR)")
class AgingApi {

	private final Aging aging;

	private final Clock clock;

	AgingApi(Aging aging, Clock clock) {
		this.aging = aging;
		this.clock = clock;
	}

	@GetMapping(path = "/api/aging", produces = { "application/json", "text/csv" })
	@Operation(summary = "Aging as of a day: current, 1-30, 31-60, 61-90, 91-120, over 120 days past due")
	AgingPage aging(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String customer, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock);
		Paging paging = Paging.of(limit, cursor, request);
		Aging.AgingKey after = (paging.cursor() != null)
				? new Aging.AgingKey(paging.cursorPart(0), paging.cursorPart(1)) : null;
		Page<AgingView> page = Page
			.of(this.aging.rows(day, customer, after, paging.fetch()), paging.limit(),
					(row) -> Paging.cursor(row.customerId(), row.currency()), AgingRow.class)
			.map(AgingView::of, AgingView.class);
		List<AgingView> totals = (paging.cursor() == null)
				? this.aging.totals(day, customer).stream().map(AgingView::of).toList() : null;
		return new AgingPage(day, totals, page.items(), page.next());
	}

	/**
	 * A page of the aging.
	 *
	 * @param asOf the day
	 * @param totals per currency over every customer (on the first page only)
	 * @param items per customer and currency
	 * @param next the cursor of the next page
	 */
	record AgingPage(LocalDate asOf, List<AgingView> totals, List<AgingView> items, String next) implements Listing {

		@Override
		@JsonIgnore
		public Class<?> itemType() {
			return AgingView.class;
		}

		@Override
		@JsonIgnore
		public String cursorParameter() {
			return "cursor";
		}

	}

	/**
	 * One row of the aging; amounts as decimal strings.
	 *
	 * @param customerId the customer ({@code null} in totals)
	 * @param customerName its name
	 * @param currency the currency
	 * @param current not yet due
	 * @param overdue1To30 1 to 30 days past due
	 * @param overdue31To60 31 to 60
	 * @param overdue61To90 61 to 90
	 * @param overdue91To120 91 to 120
	 * @param overdueOver120 over 120
	 * @param total open, the sum of the buckets
	 */
	record AgingView(String customerId, String customerName, String currency, String current, String overdue1To30,
			String overdue31To60, String overdue61To90, String overdue91To120, String overdueOver120, String total) {

		static AgingView of(AgingRow r) {
			String c = r.currency();
			return new AgingView(r.customerId(), r.customerName(), c, Amounts.of(r.current(), c),
					Amounts.of(r.overdue1To30(), c), Amounts.of(r.overdue31To60(), c), Amounts.of(r.overdue61To90(), c),
					Amounts.of(r.overdue91To120(), c), Amounts.of(r.overdueOver120(), c), Amounts.of(r.total(), c));
		}

	}

}
