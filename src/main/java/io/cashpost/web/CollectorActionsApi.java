package io.cashpost.web;

import java.net.URI;
import java.time.LocalDate;
import io.cashpost.collection.Dispute;
import io.cashpost.collection.Disputes;
import io.cashpost.collection.Holds;
import io.cashpost.collection.Note;
import io.cashpost.collection.Notes;
import io.cashpost.collection.Promise;
import io.cashpost.collection.Promises;
import io.cashpost.security.CurrentUser;
import io.cashpost.web.CustomerViews.DisputeView;
import io.cashpost.web.CustomerViews.HoldView;
import io.cashpost.web.CustomerViews.NoteView;
import io.cashpost.web.CustomerViews.PromiseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What collectors record, each with who (the signed-in user) and when: promises to pay,
 * disputes, notes, holds.
 */
@RestController
@Tag(name = "Collector actions", description = "Promises, disputes, notes, holds (COLLECTOR)")
class CollectorActionsApi {

	private final Promises promises;

	private final Disputes disputes;

	private final Notes notes;

	private final Holds holds;

	CollectorActionsApi(Promises promises, Disputes disputes, Notes notes, Holds holds) {
		this.promises = promises;
		this.disputes = disputes;
		this.notes = notes;
		this.holds = holds;
	}

	@GetMapping(path = "/api/customers/{id}/promises", produces = { "application/json", "text/csv" })
	@Operation(summary = "A customer's promises, newest date first, each open, kept or broken")
	Page<PromiseView> promises(@PathVariable String id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		Promises.PromiseKey after = (paging.cursor() != null) ? new Promises.PromiseKey(
				Cursors.date(paging.cursorPart(0), cursor), Cursors.id(paging.cursorPart(1), cursor)) : null;
		return Page
			.of(this.promises.of(id, after, paging.fetch()), paging.limit(),
					(p) -> Paging.cursor(p.promisedDate().toString(), Long.toString(p.promiseId())), Promise.class)
			.map(PromiseView::of, PromiseView.class);
	}

	@PostMapping(path = "/api/customers/{id}/promises", produces = "application/json")
	@Operation(summary = "Record a promise to pay an amount by a date")
	ResponseEntity<PromiseView> promise(@PathVariable String id, @RequestBody PromiseRequest body) {
		PromiseView promise = PromiseView.of(this.promises.record(id, body.currency(),
				Amounts.parse(body.amount(), "amount"), body.promisedDate(), body.note(), CurrentUser.name()));
		return ResponseEntity.created(URI.create("/api/customers/" + id + "/promises")).body(promise);
	}

	@GetMapping(path = "/api/customers/{id}/notes", produces = { "application/json", "text/csv" })
	@Operation(summary = "A customer's notes, newest first")
	Page<NoteView> notes(@PathVariable String id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor, HttpServletRequest request) {
		Paging paging = Paging.of(limit, cursor, request);
		Notes.NoteKey after = (paging.cursor() != null) ? new Notes.NoteKey(
				Cursors.instant(paging.cursorPart(0), cursor), Cursors.id(paging.cursorPart(1), cursor)) : null;
		return Page
			.of(this.notes.of(id, after, paging.fetch()), paging.limit(),
					(n) -> Paging.cursor(n.createdAt().toString(), Long.toString(n.noteId())), Note.class)
			.map(NoteView::of, NoteView.class);
	}

	@PostMapping(path = "/api/customers/{id}/notes", produces = "application/json")
	@Operation(summary = "Add a note, optionally about one invoice")
	ResponseEntity<NoteView> note(@PathVariable String id, @RequestBody NoteRequest body) {
		NoteView note = NoteView.of(this.notes.add(id, body.invoiceNumber(), body.text(), CurrentUser.name()));
		return ResponseEntity.created(URI.create("/api/customers/" + id + "/notes")).body(note);
	}

	@PostMapping(path = "/api/customers/{id}/disputes", produces = "application/json")
	@Operation(summary = "Dispute an invoice (all that is open on it unless an amount is given)")
	ResponseEntity<DisputeView> dispute(@PathVariable String id, @RequestBody DisputeRequest body) {
		Dispute dispute = this.disputes.record(id, body.invoiceNumber(), Amounts.parse(body.amount(), "amount"),
				body.reasonCode(), body.text(), CurrentUser.name());
		return ResponseEntity.created(URI.create("/api/disputes/" + dispute.disputeId())).body(DisputeView.of(dispute));
	}

	@GetMapping(path = "/api/disputes", produces = { "application/json", "text/csv" })
	@Operation(summary = "Disputes in the order opened, after an id: what a tool polls to report them back")
	Page<DisputeView> disputes(@RequestParam(required = false) String customer,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") long after,
			@RequestParam(required = false) Integer limit, HttpServletRequest request) {
		Paging paging = Paging.of(limit, null, request);
		return Page
			.after(this.disputes.list(customer, status, after, paging.fetch()), paging.limit(), Dispute::disputeId,
					Dispute.class)
			.map(DisputeView::of, DisputeView.class);
	}

	@GetMapping(path = "/api/disputes/{id}", produces = "application/json")
	DisputeView oneDispute(@PathVariable long id) {
		return DisputeView.of(this.disputes.find(id));
	}

	@PostMapping(path = "/api/disputes/{id}/resolution", produces = "application/json")
	@Operation(summary = "Settle a dispute, saying how")
	DisputeView resolveDispute(@PathVariable long id, @RequestBody DisputeResolutionRequest body) {
		return DisputeView.of(this.disputes.resolve(id, body.resolution(), CurrentUser.name()));
	}

	@PostMapping(path = "/api/customers/{id}/holds", produces = "application/json")
	@Operation(summary = "Stop chasing the customer until released or until a date")
	ResponseEntity<HoldView> hold(@PathVariable String id, @RequestBody HoldRequest body) {
		HoldView hold = HoldView.of(this.holds.set(id, body.reason(), body.until(), CurrentUser.name()));
		return ResponseEntity.created(URI.create("/api/holds/" + hold.holdId())).body(hold);
	}

	@PostMapping(path = "/api/holds/{id}/release", produces = "application/json")
	@Operation(summary = "Release a hold")
	HoldView release(@PathVariable long id) {
		return HoldView.of(this.holds.release(id, CurrentUser.name()));
	}

	/**
	 * @param currency ISO 4217 code
	 * @param amount decimal string
	 * @param promisedDate today or later
	 * @param note what was said
	 */
	record PromiseRequest(String currency, String amount, LocalDate promisedDate, String note) {
	}

	/**
	 * @param text the note
	 * @param invoiceNumber the invoice it is about, optional
	 */
	record NoteRequest(String text, String invoiceNumber) {
	}

	/**
	 * @param invoiceNumber the customer's invoice
	 * @param amount decimal string, optional: all that is open
	 * @param reasonCode e.g. {@code pricing}, {@code damaged}, {@code not_received}
	 * @param text in words
	 */
	record DisputeRequest(String invoiceNumber, String amount, String reasonCode, String text) {
	}

	/**
	 * @param resolution how it was settled
	 */
	record DisputeResolutionRequest(String resolution) {
	}

	/**
	 * @param reason why
	 * @param until its last day, optional
	 */
	record HoldRequest(String reason, LocalDate until) {
	}

}
