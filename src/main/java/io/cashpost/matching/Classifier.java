package io.cashpost.matching;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cashpost.invoice.AccountNumbers;

/**
 * Tells money that is not a customer paying an invoice: outgoing payments, bank charges,
 * interest, card settlements, transfers between our own accounts, refunds. Such money is
 * classified, never queued for collectors.
 */
final class Classifier {

	private final MatchingProperties.Classification properties;

	private final Set<String> ownAccounts;

	Classifier(MatchingProperties.Classification properties, Set<String> ownAccounts) {
		this.properties = properties;
		this.ownAccounts = ownAccounts;
	}

	/** What a debit is: by its bank transaction code, else an outgoing payment. */
	String ofDebit(Payment payment) {
		if (payment.amount().isZero()) {
			return "zero_amount";
		}
		return byCode(payment.bankTransactionCode()).orElse("outgoing_payment");
	}

	/** A credit from one of our own accounts. */
	boolean isOwnTransfer(Payment payment) {
		return payment.debtorAccount() != null && !payment.debtorAccount().isBlank()
				&& this.ownAccounts.contains(AccountNumbers.normalised(payment.debtorAccount()));
	}

	/**
	 * What a credit that names no invoice is, when it is not a receivable: by its bank
	 * transaction code, or, from an unknown payer, by words marking a refund.
	 */
	Optional<String> ofCredit(Payment payment, Payer payer) {
		Optional<String> byCode = byCode(payment.bankTransactionCode());
		if (byCode.isPresent()) {
			return byCode;
		}
		Optional<String> byName = byPayerName(payment);
		if (byName.isPresent() || payer.isKnown()) {
			return byName;
		}
		String text = " " + payment.remittance().text().toLowerCase(Locale.ROOT).replace("ü", "ue") + " ";
		for (String word : this.properties.refundWords()) {
			if (text.contains(word.toLowerCase(Locale.ROOT))) {
				return Optional.of("refund");
			}
		}
		return Optional.empty();
	}

	/**
	 * What the payer's name or text makes a bank credit: an acquirer paying out a
	 * settlement, say. A card sale is never classified by it: its text names the acquirer
	 * that took the payment, not who paid.
	 */
	private Optional<String> byPayerName(Payment payment) {
		if (payment.byCard()) {
			return Optional.empty();
		}
		String text = (" " + ((payment.debtorName() != null) ? payment.debtorName() : "") + " "
				+ payment.remittance().text() + " ")
			.toLowerCase(Locale.ROOT);
		return this.properties.payerNames()
			.entrySet()
			.stream()
			.filter((name) -> text.contains(name.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/** The most specific configured pattern the code fits (fewest wildcards). */
	Optional<String> byCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String[] parts = code.strip().toUpperCase(Locale.ROOT).split("/");
		String best = null;
		int bestWildcards = Integer.MAX_VALUE;
		for (Map.Entry<String, String> entry : this.properties.codes().entrySet()) {
			int wildcards = wildcardsIfFits(entry.getKey(), parts);
			if (wildcards >= 0 && (wildcards < bestWildcards
					|| (wildcards == bestWildcards && entry.getKey().compareTo(best) < 0))) {
				best = entry.getKey();
				bestWildcards = wildcards;
			}
		}
		return Optional.ofNullable(best).map(this.properties.codes()::get);
	}

	/** How many wildcards the pattern used to fit, or -1 when it does not. */
	private static int wildcardsIfFits(String pattern, String[] parts) {
		String[] wanted = pattern.split("/");
		if (wanted.length != parts.length) {
			return -1;
		}
		int wildcards = 0;
		for (int i = 0; i < wanted.length; i++) {
			if (wanted[i].equals("*")) {
				wildcards++;
			}
			else if (!wanted[i].equals(parts[i])) {
				return -1;
			}
		}
		return wildcards;
	}

}
