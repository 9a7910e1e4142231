package io.cashpost.remittance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cashpost.invoice.InvoiceKeys;

/**
 * Whether what a payment's posting applied is what its advice says: the same invoices,
 * each with the cash the advice pays for it, nothing on account. Invoice numbers compare
 * as matching reads them (letters and digits, upper case). Credit notes the advice nets
 * off are not compared: the posting may or may not name them.
 */
final class AdviceComparison {

	private AdviceComparison() {
	}

	/**
	 * The differences in words ({@code INV-1: the advice pays 900.00, the posting applied
	 * 1000.00}), or empty when the posting agrees.
	 */
	static Optional<String> difference(RemittanceAdvice advice, List<LinkedPayments.Applied> applied) {
		Map<String, BigDecimal> posted = new LinkedHashMap<>();
		Map<String, String> postedNumbers = new LinkedHashMap<>();
		BigDecimal onAccount = BigDecimal.ZERO;
		for (LinkedPayments.Applied share : applied) {
			if (share.amount().signum() == 0) {
				// a credit note used up, or a line wholly deducted: no cash to compare
				continue;
			}
			if (share.invoiceNumber() == null) {
				onAccount = onAccount.add(share.amount());
				continue;
			}
			String key = InvoiceKeys.of(share.invoiceNumber());
			posted.merge(key, share.amount(), BigDecimal::add);
			postedNumbers.putIfAbsent(key, share.invoiceNumber());
		}
		List<String> differences = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (AdviceLine line : advice.lines()) {
			String key = InvoiceKeys.of(line.documentNumber());
			named.add(key);
			if (line.isCreditNote()) {
				continue;
			}
			BigDecimal paid = line.paid().amount();
			BigDecimal postedAmount = posted.getOrDefault(key, BigDecimal.ZERO);
			if (postedAmount.compareTo(paid) != 0) {
				differences.add(line.documentNumber() + ": the advice pays " + plain(paid) + ", the posting applied "
						+ plain(postedAmount));
			}
		}
		posted.forEach((key, amount) -> {
			if (!named.contains(key)) {
				differences.add(postedNumbers.get(key) + ": the posting applied " + plain(amount)
						+ ", the advice does not name it");
			}
		});
		if (onAccount.signum() != 0) {
			differences.add("the posting put " + plain(onAccount) + " on account");
		}
		return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
	}

	private static String plain(BigDecimal amount) {
		return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())).toPlainString();
	}

}
