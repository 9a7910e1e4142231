package io.cashpost.settlement;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StripePayoutReaderTests {

	private static final String HEADER = "automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,"
			+ "created,currency,gross,fee,net,reporting_category,source_id,charge_id,description,"
			+ "customer_facing_amount,customer_facing_currency,customer_name,invoice_number,payment_metadata[order_id]\n";

	@TempDir
	Path dir;

	@Test
	void readsChargesRefundsAndFeesIntoThePayoutTheyArePaidBy() {
		Path report = write(HEADER
				+ "po_1,2026-11-26 00:00:00,txn_1,2026-11-23 10:12:44,eur,100.00,1.75,98.25,charge,ch_1,ch_1,"
				+ "Invoice INV-9,100.00,eur,Acme,INV-9,SO-77\n"
				+ "po_1,2026-11-26 00:00:00,txn_2,2026-11-24 10:00:00,eur,-100.00,0.00,-100.00,refund,re_1,ch_1,,"
				+ "-100.00,eur,Acme,,\n"
				+ "po_1,2026-11-26 00:00:00,txn_3,2026-11-24 23:59:00,eur,-0.10,0.00,-0.10,fee,,,Radar,,,,,\n");
		var rows = SettlementReports.rows(report);
		assertThat(rows).extracting(CardTransaction::kind)
			.containsExactly(RecordKind.SALE, RecordKind.REFUND, RecordKind.FEE);
		CardTransaction charge = rows.get(0);
		assertThat(charge.merchantReferences()).containsExactly("INV-9", "SO-77");
		assertThat(charge.payerName()).isEqualTo("Acme");
		assertThat(charge.fees()).containsEntry(FeeKind.COMMISSION, new java.math.BigDecimal("1.75"));
		assertThat(rows.get(1).originalReference()).isEqualTo("ch_1");
		assertThat(rows.get(2).fees()).containsEntry(FeeKind.OTHER, new java.math.BigDecimal("0.10"));
		SettlementBatch batch = SettlementReports.batches(report).get(0);
		assertThat(batch.batchId()).isEqualTo("po_1");
		assertThat(batch.payout()).isEqualByComparingTo("-1.85");
		assertThat(batch.payoutDate()).hasToString("2026-11-26");
		assertThat(batch.balanced()).isNull();
	}

	@Test
	void aChargeInTheCustomersCurrencyCarriesItsRate() {
		Path report = write(HEADER + "po_1,2026-11-26,txn_1,2026-11-23,eur,7888.20,118.57,7769.63,charge,ch_1,ch_1,,"
				+ "7420.00,chf,Alpine,INV-1007,\n");
		CardTransaction charge = SettlementReports.rows(report).get(0);
		assertThat(charge.gross().toString()).isEqualTo("CHF 7420.00");
		assertThat(charge.net().toString()).isEqualTo("EUR 7769.63");
		// Stripe gives no rate: it is what the amounts imply.
		assertThat(charge.exchangeRate()).isEqualByComparingTo("1.0630997305");
		assertThat(SettlementReports.batches(report).get(0).balanced()).isNull();
	}

	@Test
	void aPayoutRowMustAgreeWithTheRows() {
		Path report = write(HEADER + "po_1,2026-11-26,txn_1,2026-11-23,usd,25,0.95,24.05,charge,ch_1,ch_1,,25,usd,,,\n"
				+ "po_1,2026-11-26,txn_2,2026-11-26,usd,-24.00,0,-24.00,payout,po_1,,,,,,,\n");
		assertThat(SettlementReports.batches(report).get(0).refusal())
			.isEqualTo("batch po_1 (USD) does not add up: the payout row pays out 24.00, the rows add up to 24.05 "
					+ "(difference 0.05)");
	}

	@Test
	void aRowWithoutItsPayoutIsRefused() {
		Path report = write(HEADER + ",,txn_1,2026-11-23,usd,25,0.95,24.05,charge,ch_1,ch_1,,25,usd,,,\n");
		assertThatExceptionOfType(SettlementReadException.class).isThrownBy(() -> SettlementReports.read(report))
			.withMessageStartingWith("stripe.csv, line 2: automatic_payout_id is empty");
	}

	private Path write(String content) {
		return SettlementReports.write(this.dir, "stripe.csv", content);
	}

}
