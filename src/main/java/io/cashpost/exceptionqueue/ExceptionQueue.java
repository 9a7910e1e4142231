package io.cashpost.exceptionqueue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.Suggestion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The work list of payments a person must place, each with its reason and ranked
 * suggestions.
 */
@Service
public class ExceptionQueue {

	private static final String INSERT = """
			insert into exception_item (bank_transaction_id, reason, detail, suggestions, created_at)
			values (:transactionId, :reason, :detail, cast(:suggestions as jsonb), :createdAt)
			on conflict (bank_transaction_id) do nothing
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	ExceptionQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues the transaction once; a second call for the same transaction changes
	 * nothing.
	 */
	public void refer(long transactionId, ExceptionReason reason, String detail, List<Suggestion> suggestions) {
		this.jdbc.sql(INSERT)
			.param("transactionId", transactionId)
			.param("reason", reason.code())
			.param("detail", detail)
			.param("suggestions", JSON.writeValueAsString(suggestions.stream().map(ExceptionQueue::json).toList()))
			.param("createdAt", Timestamp.from(this.clock.instant()))
			.update();
	}

	private static Map<String, Object> json(Suggestion suggestion) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("invoice_number", suggestion.invoiceNumber());
		json.put("customer_id", suggestion.customerId());
		json.put("open_amount", suggestion.openAmount().toPlainString());
		json.put("currency", suggestion.openAmount().currency().getCurrencyCode());
		json.put("score", Math.round(suggestion.score() * 100) / 100.0);
		json.put("why", suggestion.why());
		return json;
	}

}
