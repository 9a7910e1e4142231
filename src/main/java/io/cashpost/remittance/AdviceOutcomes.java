package io.cashpost.remittance;

import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records what deciding a payment again with its advice came to, a page in one statement.
 */
@Repository
class AdviceOutcomes {

	private static final String RECORD = """
			update remittance_advice a
			   set outcome = o.outcome, detail = o.detail
			  from unnest(:adviceIds::bigint[], :outcomes::text[], :details::text[]) as o(advice_id, outcome, detail)
			 where a.advice_id = o.advice_id
			""";

	private final JdbcClient jdbc;

	AdviceOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Map<Long, Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, Outcome>> items = List.copyOf(outcomes.entrySet());
		this.jdbc.sql(RECORD)
			.param("adviceIds", SqlArrays.bigint(items, Map.Entry::getKey))
			.param("outcomes", SqlArrays.text(items, (item) -> item.getValue().outcome()))
			.param("details", SqlArrays.text(items, (item) -> item.getValue().detail()))
			.update();
	}

	/**
	 * What became of a linked advice's payment.
	 *
	 * @param outcome {@code posted}, {@code still_referred}, {@code agrees} or
	 * {@code disagrees}
	 * @param detail in words
	 */
	record Outcome(String outcome, String detail) {
	}

}
