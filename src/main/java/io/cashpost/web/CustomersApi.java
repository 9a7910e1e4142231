package io.cashpost.web;

import java.time.Instant;

import io.cashpost.collection.Aging;
import io.cashpost.collection.Customers;
import io.cashpost.collection.PaymentEvent;
import io.cashpost.collection.PaymentHistory;
import io.cashpost.collection.PaymentHistorySource;
import io.cashpost.web.CustomerViews.CustomerRow;
import io.cashpost.web.CustomerViews.CustomerView;
import io.cashpost.web.CustomerViews.PaymentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/customers}: search, one customer in full, its payment history.
 */
@RestController
@RequestMapping(path = "/api/customers", produces = { "application/json", "text/csv" })
@Tag(name = "Customers", description = "Balances, open items, payment history (COLLECTOR)")
class CustomersApi {

	private final Customers customers;

	private final PaymentHistory history;

	CustomersApi(Customers customers, PaymentHistory history) {
		this.customers = customers;
		this.history = history;
	}

	@GetMapping
	@Operation(summary = "Customers whose id or name contains q, one row per currency owed, by id")
	Page<CustomerRow> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		Aging.AgingKey after = (paging.cursor() != null)
				? new Aging.AgingKey(paging.cursorPart(0), paging.cursorPart(1)) : null;
		return Page
			.of(this.customers.search(q, after, paging.fetch()), paging.limit(),
					(c) -> Paging.cursor(c.customerId(), (c.currency() != null) ? c.currency() : ""),
					io.cashpost.collection.CustomerSummary.class)
			.map(CustomerRow::of, CustomerRow.class);
	}

	@GetMapping(path = "/{id}", produces = "application/json")
	@Operation(summary = "One customer: balances per currency, open items with days past due, holds, promises, "
			+ "open disputes, latest notes")
	CustomerView one(@PathVariable String id) {
		return CustomerView.of(this.customers.detail(id));
	}

	@GetMapping("/{id}/payments")
	@Operation(summary = "Payment history, newest first: allocations, money on account, reversals")
	Page<PaymentView> payments(@PathVariable String id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		PaymentHistorySource.Position before = (paging.cursor() != null) ? position(paging) : null;
		return Page.of(this.history.of(id, before, paging.fetch()), paging.limit(),
				(p) -> Paging.cursor(p.occurredAt().toString(), p.kind(), Long.toString(p.id())), PaymentEvent.class)
			.map(PaymentView::of, PaymentView.class);
	}

	private static PaymentHistorySource.Position position(Paging paging) {
		try {
			return new PaymentHistorySource.Position(Instant.parse(paging.cursorPart(0)), paging.cursorPart(1),
					Long.parseLong(paging.cursorPart(2)));
		}
		catch (RuntimeException ex) {
			throw new BadRequestException("not a cursor of this list");
		}
	}

}
