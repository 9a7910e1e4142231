package io.cashpost.web;

import java.time.Instant;
import java.util.List;

import io.cashpost.feed.FeedEvent;
import io.cashpost.feed.PaymentFeed;
import io.cashpost.feed.WebhookEndpoint;
import io.cashpost.feed.WebhookEndpoints;
import io.cashpost.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/feed?after=ID}: receipts and allocations for collection tools to poll;
 * keep the last id processed and ask for what comes after it. {@code /api/webhooks}
 * registers URLs the same events are pushed to (ADMIN).
 */
@RestController
@Tag(name = "Payment feed", description = "Receipts and allocations since a cursor (COLLECTOR); webhooks (ADMIN)")
class FeedApi {

	private final PaymentFeed feed;

	private final WebhookEndpoints webhooks;

	FeedApi(PaymentFeed feed, WebhookEndpoints webhooks) {
		this.feed = feed;
		this.webhooks = webhooks;
	}

	@GetMapping(path = "/api/feed", produces = { "application/json", "text/csv" })
	@Operation(summary = "Events after the given id, oldest first; ids are stable, without gaps or repeats")
	Page<EventView> feed(@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) String customer,
			@RequestParam(required = false) Integer limit, HttpServletRequest request) {
		if (after < 0) {
			throw new BadRequestException("after is an event id, 0 or more");
		}
		Paging paging = Paging.of(limit, null, request);
		return Page
			.after(this.feed.after(after, customer, paging.fetch()), paging.limit(), FeedEvent::id, FeedEvent.class)
			.map(EventView::of, EventView.class);
	}

	@GetMapping(path = "/api/webhooks", produces = { "application/json", "text/csv" })
	@Operation(summary = "Webhook endpoints with their deliveries pending, made and given up")
	Page<WebhookEndpoint> webhooks(@RequestParam(defaultValue = "0") long after,
			@RequestParam(required = false) Integer limit, HttpServletRequest request) {
		Paging paging = Paging.of(limit, null, request);
		return Page.after(this.webhooks.list(after, paging.fetch()), paging.limit(), WebhookEndpoint::endpointId,
				WebhookEndpoint.class);
	}

	@PostMapping(path = "/api/webhooks", produces = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an endpoint; the answer holds its signing secret, shown this once")
	WebhookEndpoint register(@RequestBody WebhookRequest body) {
		return this.webhooks.register(body.url(), (body.eventTypes() != null) ? body.eventTypes() : List.of(),
				body.description(), CurrentUser.name());
	}

	@DeleteMapping(path = "/api/webhooks/{id}", produces = "application/json")
	@Operation(summary = "Disable an endpoint: nothing more is sent to it")
	WebhookEndpoint disable(@PathVariable long id) {
		return this.webhooks.disable(id, CurrentUser.name());
	}

	/**
	 * @param url where to post events
	 * @param eventTypes the types to receive; none for all
	 * @param description what it is for
	 */
	record WebhookRequest(String url, List<String> eventTypes, String description) {
	}

	/**
	 * One event.
	 *
	 * @param id its place in the feed
	 * @param type {@code payment.received}, {@code allocation.posted},
	 * {@code allocation.reversed} or {@code payment.reversed}
	 * @param occurredAt when the ledger posted it
	 * @param customerId the customer of an allocation
	 * @param currency the currency
	 * @param amount the amount, a decimal string
	 * @param data the details, as webhooks send them
	 */
	record EventView(long id, String type, Instant occurredAt, String customerId, String currency, String amount,
			JsonNode data) {

		static EventView of(FeedEvent e) {
			return new EventView(e.id(), e.type(), e.occurredAt(), e.customerId(), e.currency(),
					Amounts.of(e.amount(), e.currency()), e.data());
		}

	}

}
