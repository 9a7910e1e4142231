package io.cashpost.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collectors' notes on customers and their invoices: who wrote what, when. */
@Service
public class Notes {

	private static final String INSERT = """
			insert into collection_note (customer_id, invoice_id, text, created_by, created_at)
			values (:customerId, :invoiceId, :text, :by, :at)
			returning note_id
			""";

	private static final String LIST = """
			select n.note_id, n.customer_id, i.invoice_number, n.text, n.created_by, n.created_at
			  from collection_note n
			  left join invoice i on i.invoice_id = n.invoice_id
			 where n.customer_id = :customerId and (:noteId::bigint is null or n.note_id = :noteId)
			   and (:afterAt::timestamptz is null or (n.created_at, n.note_id) < (:afterAt, :afterId))
			 order by n.created_at desc, n.note_id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	private final CustomerDirectory customers;

	private final LedgerCalendar calendar;

	Notes(JdbcClient jdbc, CustomerDirectory customers, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.calendar = calendar;
	}

	/**
	 * @param invoiceNumber the invoice it is about, or {@code null}
	 */
	@Transactional
	public Note add(String customerId, String invoiceNumber, String text, String by) {
		this.customers.nameOf(customerId);
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw ActionRefusedException.invalid("a note has 1 to 4000 characters");
		}
		Long invoiceId = (invoiceNumber != null && !invoiceNumber.isBlank())
				? this.customers.invoiceOf(customerId, invoiceNumber).invoiceId() : null;
		long id = this.jdbc.sql(INSERT)
			.param("customerId", customerId)
			.param("invoiceId", invoiceId)
			.param("text", text.strip())
			.param("by", by)
			.param("at", this.calendar.now())
			.query(Long.class)
			.single();
		return query(customerId, id, null, 1).get(0);
	}

	/** The newest notes first. */
	public List<Note> of(String customerId, int limit) {
		return of(customerId, null, limit);
	}

	/**
	 * A page of notes, the newest first.
	 * @param after the last note of the previous page, or {@code null} for the first
	 */
	public List<Note> of(String customerId, NoteKey after, int limit) {
		this.customers.nameOf(customerId);
		return query(customerId, null, after, limit);
	}

	private List<Note> query(String customerId, Long noteId, NoteKey after, int limit) {
		return this.jdbc.sql(LIST)
			.param("customerId", customerId)
			.param("noteId", noteId)
			.param("afterAt", (after != null) ? Timestamp.from(after.createdAt()) : null)
			.param("afterId", (after != null) ? after.noteId() : null)
			.param("limit", limit)
			.query(Notes::note)
			.list();
	}

	/**
	 * Where a page of notes ends: its last note's time and id.
	 *
	 * @param createdAt when the note was written
	 * @param noteId the note
	 */
	public record NoteKey(Instant createdAt, long noteId) {
	}

	private static Note note(ResultSet rs, int row) throws SQLException {
		return new Note(rs.getLong("note_id"), rs.getString("customer_id"), rs.getString("invoice_number"),
				rs.getString("text"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
