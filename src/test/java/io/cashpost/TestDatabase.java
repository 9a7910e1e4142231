package io.cashpost;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support: empties Cashpost's own tables between tests (the job repository stays).
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("""
				truncate table exception_resolution, exception_item, allocation, journal_line, journal_entry,
				    bank_transaction, bank_statement, statement_file, customer_account, invoice, customer, file_refusal,
				    match_route, int_metadata_store, invoice_import_row, customer_aging, int_channel_message
				    restart identity cascade
				""").update();
		// the collectors' view, users and the payment feed
		jdbc.sql("""
				truncate table payment_promise, dispute, collection_note, collection_hold, feed_outbox,
				    webhook_delivery, payment_feed, webhook_endpoint, api_token, app_user restart identity cascade
				""").update();
		// remittance advices
		jdbc.sql("truncate table remittance_advice_line, remittance_advice restart identity cascade").update();
		jdbc.sql("""
				truncate table partition_placement, worker, batch_step_execution_context, batch_job_execution_context,
				    batch_step_execution, batch_job_execution_params, batch_job_execution, batch_job_instance
				    restart identity
				""").update();
	}

}
