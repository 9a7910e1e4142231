package io.cashpost.settlement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public card and PSP sample in {@code ../shared/bank-files/card}, with what
 * Cashpost makes of it: read (its batches, balanced or without a control total), or
 * refused with the precise reason. Several samples were hand-edited by their authors and
 * do not add up: they are refused with the difference, never a crash. Skipped when the
 * shared folder is absent.
 */
class PublicCardSamplesTests {

	private static final Path CARD = Path.of("..", "shared", "bank-files", "card");

	/**
	 * File name to expected outcome: {@code read: <batch>=<balanced> ...} or the reason.
	 */
	private static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

	static {
		// Adyen Balance Platform reports: another report than the Settlement details.
		refused("adyenrecon__currency_prefixed_statement.csv",
				"not a report Cashpost reads: an Adyen Balance Platform statement");
		refused("adyenrecon__value_date_accounting.csv", "not a report Cashpost reads: an Adyen Balance Platform");
		refused("adyenrecon__value_date_statement.csv", "not a report Cashpost reads: an Adyen Balance Platform");
		refused("greenpeace-adyen__settlement_detail_report_batch_89.csv",
				"batch 89 (EUR) does not add up: the Balancetransfer to the next batch carries on 38971.57, "
						+ "the rows add up to 38921.57 (difference -50.00)");
		read("oca-13-adyen__settlement_detail_report_batch_238.csv", "238 USD balanced, payout 0.00");
		read("oca-13-adyen__settlement_detail_report_batch_380.csv", "380 USD balanced, payout 55308.07");
		refused("oca-15-paypal__activity_en.csv", "not a report Cashpost reads: a PayPal activity download");
		refused("oca-15-paypal__statement_en.csv", "not a report Cashpost reads: a PayPal activity download");
		refused("oca-15-paypal__statement_es.csv", "not a report Cashpost reads: a PayPal activity download");
		refused("smashpig-adyen__settlement_detail_report_chargeback.csv",
				"batch 3 (USD) does not add up: the MerchantPayout pays out 4.03, the rows add up to -4.80 "
						+ "(difference -8.83)");
		refused("smashpig-adyen__settlement_detail_report_chargeback_reversed.csv",
				"batch 3 (USD) does not add up: no MerchantPayout or Balancetransfer closes the batch");
		refused("smashpig-adyen__settlement_detail_report_deposit_correction.csv",
				"batch 1191 (USD) does not add up: no MerchantPayout or Balancetransfer closes the batch "
						+ "(a report cut short?), so it pays out 0.00, the rows add up to -200.00 (difference -200.00)");
		read("smashpig-adyen__settlement_detail_report_donation-ach.csv", "1061 USD balanced, payout 0.78");
		refused("smashpig-adyen__settlement_detail_report_donation-ideal.csv",
				"batch 630 (USD) does not add up: the MerchantPayout pays out 0.76, the rows add up to 5.43 "
						+ "(difference 4.67)");
		read("smashpig-adyen__settlement_detail_report_donation.csv", "2 USD balanced, payout 0.76");
		read("smashpig-adyen__settlement_detail_report_donation_reordered.csv", "2 USD balanced, payout 0.76");
		refused("smashpig-adyen__settlement_detail_report_emptynetcredit.csv",
				"batch 1136 (USD) does not add up: no MerchantPayout or Balancetransfer closes the batch");
		read("smashpig-adyen__settlement_detail_report_ignore.csv", "2 USD balanced, payout 0.76");
		refused("smashpig-adyen__settlement_detail_report_invoice_deduction.csv",
				"batch 1136 (USD) does not add up: no MerchantPayout or Balancetransfer closes the batch");
		refused("smashpig-adyen__settlement_detail_report_refund.csv",
				"batch 3 (USD) does not add up: the MerchantPayout pays out 4.03, the rows add up to -2.80 "
						+ "(difference -6.83)");
		refused("smashpig-checkoutcom__payouts_ent_testcheckoutfixture_20260701_20260702_1_1_-1.csv",
				"not a report Cashpost reads: a Checkout.com payouts summary");
		read("smashpig-checkoutcom__settlement-breakdown_ent_testcheckoutfixture_20260702_00000003k599_1.csv",
				"00000003K599 USD no control, payout 79.50");
		refused("smashpig-paypal__stl.csv",
				"batch 2026-01-06 (AUD) does not add up: the section footer (SF, line 9) states total fee credits "
						+ "of 3.00, the rows add up to 0.00 (difference -3.00)");
		refused("smashpig-paypal__stl_brl_refund.csv", "batch 2025-12-23 (BRL) does not add up: the report has no "
				+ "footer (SF or RF) with the totals of BRL: it ends at line 7, cut short?");
		refused("smashpig-paypal__stl_chargeback_reversal.csv",
				"batch 2026-01-06 (USD) does not add up: the report has no footer (SF or RF)");
		refused("smashpig-paypal__stl_chargeback_with_fee.csv",
				"batch 2026-01-06 (USD) does not add up: the report has no footer (SF or RF)");
		refused("smashpig-paypal__stl_currency_convert.csv",
				"batch 2026-01-06 (BRL) does not add up: the report has no footer (SF or RF)");
		read("smashpig-paypal__stl_dr_payment.csv", "2026-01-06 USD balanced, payout 0.00");
		read("smashpig-paypal__stl_payout_currency_convert.csv",
				"2026-01-06 AUD balanced, payout 0.00; 2026-01-06 USD balanced, payout 0.00");
		read("smashpig-paypal__trr_dr_payment.csv", "2025-12-23 USD no control, payout 0.00");
		read("smashpig-paypal__trr_express_checkout_donation.csv", "2017-03-02 JPY no control, payout 0");
		read("smashpig-paypal__trr_express_checkout_donation_denied.csv", "2022-10-21 JPY no control, payout 0");
		read("smashpig-paypal__trr_express_checkout_recurring_donation.csv", "2017-03-04 JPY no control, payout 0");
		read("smashpig-paypal__trr_express_checkout_recurring_refund.csv", "2017-03-22 JPY no control, payout 0");
		read("smashpig-paypal__trr_express_checkout_refund.csv", "2017-03-22 JPY no control, payout 0");
		refused("smashpig-paypal__trr_express_with_non_data_rows.csv",
				"batch 2026-01-06 (JPY) does not add up: the section footer (SF, line 6) counts 20039 rows, "
						+ "the section has 1");
		read("smashpig-paypal__trr_give_lively.csv", "2017-03-02 JPY no control, payout 0");
		read("smashpig-paypal__trr_giving_fund.csv", "2017-03-02 JPY no control, payout 0");
		read("smashpig-paypal__trr_grant.csv", "2026-01-23 USD no control, payout 0.00");
		read("smashpig-paypal__trr_gravy_donation.csv", "2025-08-07 BRL no control, payout 0.00");
		read("smashpig-paypal__trr_void.csv", "2026-01-25 CAD no control, payout 0.00");
		read("smashpig-stripe__payments_activity.csv",
				"po_abc USD no control, payout 28.80; po_def USD no control, payout -45.00");
		refused("smashpig-stripe__settlement_report.csv", "smashpig-stripe__settlement_report.csv, line 7: "
				+ "automatic_payout_id is empty: every row of an itemized payout reconciliation report belongs to a payout");
		read("smashpig-stripe__settlement_report_giving_basket.csv", "po_test123 USD no control, payout 1804.16");
		read("smashpig-stripe__settlement_report_with_customer_data.csv", "po_test123 USD no control, payout 33.55");
	}

	private final SettlementFiles files = SettlementFiles.shipped();

	@Test
	void everyPublicSampleHasAnOutcome() throws IOException {
		assumeSamples();
		try (Stream<Path> all = Files.list(CARD)) {
			assertThat(all.map((file) -> file.getFileName().toString()).sorted().toList())
				.containsExactlyElementsOf(OUTCOMES.keySet().stream().sorted().toList());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void isReadOrRefusedWithAPreciseReason(String name) {
		assumeSamples();
		String expected = OUTCOMES.get(name);
		String actual = outcome(CARD.resolve(name), name);
		if (expected.startsWith("read: ")) {
			assertThat(actual).isEqualTo(expected);
		}
		else {
			assertThat(actual).as(name).startsWith("refused: ").contains(expected.substring("refused: ".length()));
		}
	}

	static Stream<String> samples() {
		return OUTCOMES.keySet().stream();
	}

	/** What Cashpost makes of the file, in one line. */
	private String outcome(Path file, String name) {
		try {
			Optional<SettlementFormat> format = this.files.detect(file, name);
			if (format.isEmpty()) {
				return "not a settlement report";
			}
			SettlementJson json = SettlementJson.summary(name, this.files.open(file, name));
			if (json.refusal().isPresent()) {
				return "refused: " + json.refusal().get();
			}
			return "read: " + String.join("; ", json.batches().stream().map(PublicCardSamplesTests::describe).toList());
		}
		catch (SettlementReadException ex) {
			return "refused: " + ex.getMessage();
		}
	}

	private static String describe(SettlementBatch batch) {
		String balanced = (batch.balanced() == null) ? "no control" : "balanced";
		return batch.batchId() + " " + batch.currency().getCurrencyCode() + " " + balanced + ", payout "
				+ batch.amount(batch.payout());
	}

	private static void read(String file, String batches) {
		OUTCOMES.put(file, "read: " + batches);
	}

	private static void refused(String file, String reason) {
		OUTCOMES.put(file, "refused: " + reason);
	}

	private static void assumeSamples() {
		Assumptions.assumeTrue(Files.isDirectory(CARD), "the public samples are not there: " + CARD.toAbsolutePath());
	}

	static List<String> names() {
		return List.copyOf(OUTCOMES.keySet());
	}

}
