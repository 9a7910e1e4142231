package io.cashpost.settlement;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PayPalReportReaderTests {

	static final Path STL = resource("STL-20261124.01.010.CSV");

	private static final String CH = "\"CH\",\"Transaction ID\",\"Invoice ID\",\"PayPal Reference ID\","
			+ "\"PayPal Reference ID Type\",\"Transaction Event Code\",\"Transaction Initiation Date\","
			+ "\"Transaction Completion Date\",\"Transaction Debit or Credit\",\"Gross Transaction Amount\","
			+ "\"Gross Transaction Currency\",\"Fee Debit or Credit\",\"Fee Amount\",\"Fee Currency\","
			+ "\"Transactional Status\"\n";

	@TempDir
	Path dir;

	@Test
	void readsASettlementReportCheckedByItsFooters() {
		List<CardTransaction> rows = SettlementReports.rows(STL);
		assertThat(rows).extracting(CardTransaction::kind)
			.containsExactly(RecordKind.SALE, RecordKind.SALE, RecordKind.REFUND, RecordKind.PAYOUT);
		CardTransaction sale = rows.get(0);
		assertThat(sale.gross().toString()).isEqualTo("EUR 500.00");
		assertThat(sale.fees()).containsEntry(FeeKind.COMMISSION, new BigDecimal("15.35"));
		assertThat(sale.net().toString()).isEqualTo("EUR 484.65");
		assertThat(sale.merchantReference()).isEqualTo("INV-P-1");
		assertThat(sale.payerAccount()).isEqualTo("PAYERA01");
		CardTransaction refund = rows.get(2);
		assertThat(refund.originalReference()).isEqualTo("8JY23456BC7890123");
		assertThat(refund.net().toString()).isEqualTo("EUR -116.00");
		assertThat(rows.get(3).payoutReference()).isEqualTo("PPWD2026112401");
		SettlementBatch batch = SettlementReports.batches(STL).get(0);
		assertThat(batch.batchId()).isEqualTo("2026-11-24");
		assertThat(batch.merchantAccount()).isEqualTo("CASHPOSTDEMO01");
		assertThat(batch.balanced()).isTrue();
		assertThat(batch.net()).isEqualByComparingTo("484.22");
		assertThat(batch.payout()).isEqualByComparingTo("484.22");
		assertThat(batch.payoutDate()).hasToString("2026-11-24");
	}

	@Test
	void aFooterThatDisagreesRefusesTheBatchNamingTheTotal() {
		Path report = write("\"SH\",2026/11/24 00:00:00 -0800,2026/11/24 23:59:59 -0800,\"ACC\",\"\"\n" + CH
				+ "\"SB\",\"T1\",\"INV-1\",\"\",\"\",\"T0006\",2026/11/24 09:00:00 -0800,2026/11/24 09:00:00 -0800,"
				+ "\"CR\",5000,\"USD\",\"DR\",175,\"USD\",\"S\"\n"
				+ "\"SF\",\"USD\",5000,0,0,200,\"CR\",0,\"CR\",0,\"CR\",0,\"CR\",0,\"CR\",0,\"CR\",0,1\n");
		assertThat(SettlementReports.batches(report).get(0).refusal())
			.isEqualTo("batch 2026-11-24 (USD) does not add up: the section footer (SF, line 4) states total fee "
					+ "debits of 2.00, the rows add up to 1.75 (difference -0.25)");
	}

	@Test
	void onlyCompletedTransactionsMoveMoneyAndFeesOfTheirOwnAreFees() {
		Path report = write(CH
				+ "\"SB\",\"T1\",\"INV-1\",\"\",\"\",\"T0006\",2026/11/24 09:00:00 -0800,2026/11/24 09:00:00 -0800,"
				+ "\"CR\",5000,\"USD\",\"\",,\"\",\"D\"\n"
				+ "\"SB\",\"T2\",\"\",\"T9\",\"TXN\",\"T0106\",2026/11/24 09:00:00 -0800,2026/11/24 09:00:00 -0800,"
				+ "\"DR\",2000,\"USD\",\"\",,\"\",\"S\"\n");
		List<CardTransaction> rows = SettlementReports.rows(report);
		assertThat(rows.get(0).kind()).isEqualTo(RecordKind.INFO);
		assertThat(rows.get(1).kind()).isEqualTo(RecordKind.FEE);
		assertThat(rows.get(1).fees()).containsEntry(FeeKind.OTHER, new BigDecimal("20.00"));
		SettlementBatch batch = SettlementReports.batches(report).get(0);
		assertThat(batch.net()).isEqualByComparingTo("-20.00");
		assertThat(batch.balanced()).isNull();
	}

	@Test
	void anUnknownRecordTypeIsRefusedNamingTheLine() {
		Path report = write(CH + "\"XX\",\"T1\"\n");
		assertThatExceptionOfType(SettlementReadException.class).isThrownBy(() -> SettlementReports.read(report))
			.withMessage("paypal.csv, line 2: record type 'XX' is not one of PayPal's (RH, FH, SH, CH, SB, SF, SC, "
					+ "RF, RC, FF)");
	}

	private Path write(String content) {
		return SettlementReports.write(this.dir, "paypal.csv", content);
	}

	static Path resource(String name) {
		try {
			return Path.of(PayPalReportReaderTests.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
