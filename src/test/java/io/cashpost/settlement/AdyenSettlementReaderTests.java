package io.cashpost.settlement;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdyenSettlementReaderTests {

	private static final String HEADER = "Company Account,Merchant Account,Psp Reference,Merchant Reference,"
			+ "Payment Method,Creation Date,TimeZone,Type,Modification Reference,Gross Currency,Gross Debit (GC),"
			+ "Gross Credit (GC),Exchange Rate,Net Currency,Net Debit (NC),Net Credit (NC),Commission (NC),"
			+ "Markup (NC),Scheme Fees (NC),Interchange (NC),Batch Number\n";

	private static final String PAYOUT = "Co,Shop,,,,2026-11-25 01:10:12,CET,MerchantPayout,"
			+ "\"TX1XT batch 7, Shop\",,,,,EUR,%s,,,,,,7\n";

	@TempDir
	Path dir;

	@Test
	void readsAPaymentAtGrossInItsCurrencyAndNetAndFeesInTheSettlementCurrency() {
		Path report = write(HEADER
				+ "Co,Shop,8816,INV-1,visa,2026-11-23 10:14:27,CET,Settled,8817,CHF,,890.00,1.0628,EUR,,940.21,,1.89,"
				+ "0.95,2.84,7\n" + PAYOUT.formatted("940.21"));
		CardTransaction sale = SettlementReports.rows(report).get(0);
		assertThat(sale.kind()).isEqualTo(RecordKind.SALE);
		assertThat(sale.gross().toString()).isEqualTo("CHF 890.00");
		assertThat(sale.exchangeRate()).isEqualByComparingTo("1.0628");
		assertThat(sale.net().toString()).isEqualTo("EUR 940.21");
		assertThat(sale.fees()).containsEntry(FeeKind.MARKUP, new java.math.BigDecimal("1.89"))
			.containsEntry(FeeKind.SCHEME, new java.math.BigDecimal("0.95"))
			.containsEntry(FeeKind.INTERCHANGE, new java.math.BigDecimal("2.84"));
		assertThat(sale.settlementGross().toString()).isEqualTo("EUR 945.89");
		assertThat(sale.paymentReference()).isEqualTo("8816");
		assertThat(sale.merchantReference()).isEqualTo("INV-1");
		assertThat(sale.bookingDate()).hasToString("2026-11-23");
	}

	@Test
	void aRefundNamesItsPaymentAndItsOwnReference() {
		Path report = write(HEADER + "Co,Shop,8816,INV-1,visa,2026-11-24 10:00:00,CET,Refunded,9921,EUR,50.00,,1,EUR,"
				+ "50.00,,,,,,7\n" + PAYOUT.formatted("-50.00").replace(",-50.00,", ",,50.00"));
		CardTransaction refund = SettlementReports.rows(report).get(0);
		assertThat(refund.kind()).isEqualTo(RecordKind.REFUND);
		assertThat(refund.paymentReference()).isEqualTo("9921");
		assertThat(refund.originalReference()).isEqualTo("8816");
		assertThat(refund.gross().toString()).isEqualTo("EUR -50.00");
	}

	@Test
	void columnsAreFoundByNameWhereverTheyAre() {
		Path reordered = write(
				"Batch Number,Net Credit (NC),Type,Merchant Account,Psp Reference,Gross Credit (GC),Gross Currency,"
						+ "Net Currency,Net Debit (NC),Modification Reference,Commission (NC),Creation Date,Extra\n"
						+ "7,48.50,Settled,Shop,8816,50.00,EUR,EUR,,8816,1.50,2026-11-23 10:14:27,x\n"
						+ "7,,MerchantPayout,Shop,,,,EUR,48.50,\"TX1XT batch 7, Shop\",,2026-11-25 01:00:00,y\n");
		List<SettlementBatch> batches = SettlementReports.batches(reordered);
		assertThat(batches).singleElement().satisfies((batch) -> {
			assertThat(batch.balanced()).isTrue();
			assertThat(batch.payout()).isEqualByComparingTo("48.50");
			assertThat(batch.payoutReference()).isEqualTo("TX1XT batch 7, Shop");
		});
	}

	@Test
	void aSettledRowMayNetToADebit() {
		Path report = write(HEADER + "Co,Shop,FVD6,4Rpf,mc,2025-10-31 04:05:39,PDT,Settled,DVBV,INR,,10,0.011,USD,"
				+ "0.03,,,0,0.04,0.1,7\n"
				+ "Co,Shop,,,,2025-10-31 05:00:00,PDT,Balancetransfer,Balancetransfer,,,,,USD,," + "0.03,,,,,7\n");
		CardTransaction sale = SettlementReports.rows(report).get(0);
		assertThat(sale.net().toString()).isEqualTo("USD -0.03");
		assertThat(SettlementReports.batches(report).get(0).balanced()).isTrue();
	}

	@Test
	void aBatchThatDoesNotAddUpIsRefusedWithTheDifference() {
		Path report = write(HEADER + "Co,Shop,8816,INV-1,visa,2026-11-23 10:14:27,CET,Settled,8817,EUR,,50.00,1,EUR,,"
				+ "48.50,1.50,,,,7\n" + PAYOUT.formatted("50.00"));
		SettlementBatch batch = SettlementReports.batches(report).get(0);
		assertThat(batch.balanced()).isFalse();
		assertThat(batch.refusal()).isEqualTo("batch 7 (EUR) does not add up: the MerchantPayout pays out 50.00, "
				+ "the rows add up to 48.50 (difference -1.50)");
	}

	@Test
	void aRowWhoseFeesDoNotExplainItsNetIsAProblemOfItsBatch() {
		Path report = write(HEADER + "Co,Shop,8816,INV-1,visa,2026-11-23 10:14:27,CET,Settled,8817,EUR,,50.00,1,EUR,,"
				+ "48.00,1.50,,,,7\n" + PAYOUT.formatted("48.00"));
		SettlementBatch batch = SettlementReports.batches(report).get(0);
		assertThat(batch.refusal()).isEqualTo("batch 7 (EUR) does not add up: line 2 (Settled 8816): gross 50.00 EUR "
				+ "- fees 1.50 EUR = 48.50 EUR, but net is 48.00 EUR (difference -0.50 EUR)");
	}

	@Test
	void unknownRecordTypesAreKeptAndShown() {
		Path report = write(HEADER + "Co,Shop,,,,2026-11-23 10:14:27,CET,SomethingNew,Adj 1,,,,,EUR,,5.00,,,,,7\n"
				+ PAYOUT.formatted("5.00"));
		assertThat(SettlementReports.rows(report).get(0).kind()).isEqualTo(RecordKind.UNKNOWN);
		SettlementBatch batch = SettlementReports.batches(report).get(0);
		assertThat(batch.unknownTypes()).containsEntry("SomethingNew", 1);
		assertThat(batch.balanced()).isTrue();
	}

	@Test
	void aRowTypeNeedingAColumnTheReportLacksIsRefused() {
		Path report = write("Merchant Account,Batch Number,Type,Modification Reference,Net Currency,Creation Date\n"
				+ "Shop,7,Fee,Fees,EUR,2026-11-25 01:10:12\n");
		assertThatExceptionOfType(SettlementReadException.class).isThrownBy(() -> SettlementReports.read(report))
			.withMessage("adyen.csv, line 2: a Fee row needs the column 'Net Debit (NC)', which this report lacks");
	}

	@Test
	void aHeaderWithoutTheBatchNumberIsNoAdyenReport() {
		Path report = write("Merchant Account,Type,Modification Reference,Psp Reference\nShop,Settled,1,2\n");
		assertThatExceptionOfType(SettlementReadException.class).isThrownBy(() -> SettlementReports.read(report))
			.withMessageStartingWith("adyen.csv: a CSV file, but neither a settlement report Cashpost knows");
	}

	private Path write(String content) {
		return SettlementReports.write(this.dir, "adyen.csv", content);
	}

}
