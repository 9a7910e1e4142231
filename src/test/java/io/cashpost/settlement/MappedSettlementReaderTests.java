package io.cashpost.settlement;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MappedSettlementReaderTests {

	@TempDir
	Path dir;

	@Test
	void shipsAMappingForCheckoutsSettlementBreakdown() {
		assertThat(SettlementFiles.shipped().mappings()).containsKey("checkout-settlement-breakdown");
		ColumnMapping checkout = SettlementFiles.shipped().mappings().get("checkout-settlement-breakdown");
		assertThat(checkout.kind("network token provisioning")).isEqualTo(RecordKind.FEE);
		assertThat(checkout.kind("Chargeback Reversal")).isEqualTo(RecordKind.CHARGEBACK_REVERSAL);
		assertThat(checkout.kind("Something")).isEqualTo(RecordKind.UNKNOWN);
		assertThat(checkout.columns().fees()).containsEntry(FeeKind.INTERCHANGE, "Interchange In Holding Currency");
	}

	@Test
	void readsACsvThroughAConfiguredMapping() {
		ColumnMapping mapping = new ColumnMapping("acme-pay", "Acme Pay settlement", List.of("Auszahlung", "Netto"),
				";", ColumnMapping.DecimalStyle.COMMA, "dd.MM.yyyy", false,
				new ColumnMapping.Columns("Transaktion", "Art", "Auszahlung", "Währung", "Brutto", "Gebühr", "Netto",
						"Bestellung", null, "Datum", "Auszahlungsdatum", null, null, null, null,
						Map.of(FeeKind.INTERCHANGE, "Interchange")),
				Map.of("Zahlung", RecordKind.SALE, "Erstattung", RecordKind.REFUND), RecordKind.UNKNOWN);
		Path report = SettlementReports.write(this.dir, "acme.csv",
				"Transaktion;Art;Auszahlung;Währung;Brutto;Gebühr;Interchange;Netto;Bestellung;Datum;Auszahlungsdatum\n"
						+ "T-1;Zahlung;A-9;EUR;1.250,00;12,50;4,00;1.237,50;INV-1;23.11.2026;26.11.2026\n"
						+ "T-1;Erstattung;A-9;EUR;-250,00;0,00;0,00;-250,00;INV-1;24.11.2026;26.11.2026\n");
		SettlementFiles files = SettlementFiles.with(Map.of("acme-pay", mapping));
		assertThat(files.detect(report, "acme.csv")).hasValueSatisfying((format) -> {
			assertThat(format.acquirer()).isEqualTo("acme-pay");
			assertThat(format.id()).isEqualTo("acme-pay");
		});
		SettlementJson json = SettlementJson.detailed("acme.csv", files.open(report, "acme.csv"));
		SettlementBatch batch = json.batches().get(0);
		assertThat(batch.batchId()).isEqualTo("A-9");
		assertThat(batch.net()).isEqualByComparingTo("987.50");
		assertThat(batch.payout()).isEqualByComparingTo("987.50");
		assertThat(batch.fees()).containsEntry(FeeKind.INTERCHANGE, new BigDecimal("4.00"))
			.containsEntry(FeeKind.OTHER, new BigDecimal("8.50"));
		assertThat(batch.payoutDate()).hasToString("2026-11-26");
		assertThat(batch.refusal()).isNull();
	}

}
