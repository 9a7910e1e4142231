package io.cashpost.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;
import io.cashpost.posting.JournalEntry;
import io.cashpost.posting.JournalLine;
import io.cashpost.posting.LedgerProperties;

/**
 * Writes what a report row does beyond the customer's payment, which matching posts: the
 * fees by kind out of the acquirer's clearing; for a sale in another currency than the
 * batch's, its conversion through the FX account; a deposit correction to the reserve; a
 * currency conversion of the acquirer's balance through the FX account; and a row no rule
 * posts to suspense. Every amount is signed the way it moves the clearing, so one set of
 * rules serves sales, refunds and chargebacks alike.
 */
final class SettlementEntries {

	private final LedgerProperties ledger;

	private final SettlementProperties.Ledger accounts;

	SettlementEntries(LedgerProperties ledger, SettlementProperties.Ledger accounts) {
		this.ledger = ledger;
		this.accounts = accounts;
	}

	/**
	 * The row's entries, none when it moves nothing beyond its payment.
	 * @param suspenseTransactionId for a row a person must look at: the transaction its
	 * exception is about, else {@code null}
	 */
	List<JournalEntry> of(UnsettledRow row, Long suspenseTransactionId, Instant at) {
		List<JournalEntry> entries = new ArrayList<>();
		switch (row.kind()) {
			case ADJUSTMENT ->
				add(entries, row, "settlement", row.currency(), at, lines(clearing(row, row.net().amount()),
						line(this.accounts.reserve(), row.acquirer(), row.net().amount().negate())));
			case FX_CONVERSION -> add(entries, row, "settlement", row.currency(), at,
					lines(clearing(row, row.net().amount()), fx(row, row.net().amount().negate())));
			case OTHER, UNKNOWN -> entries.add(toSuspense(row, suspenseTransactionId, at));
			default -> transaction(entries, row, at);
		}
		return entries;
	}

	/**
	 * A payment, refund, chargeback or fee row: its fees, and for a payment in another
	 * currency the conversion of its gross into the settlement currency.
	 */
	private void transaction(List<JournalEntry> entries, UnsettledRow row, Instant at) {
		List<JournalLine> lines = new ArrayList<>();
		if (row.isCrossCurrency() && row.gross().amount().signum() != 0) {
			BigDecimal gross = row.gross().amount();
			add(entries, row, "fx", row.gross().currency(), at, lines(clearing(row, gross.negate()), fx(row, gross)));
			lines.add(clearing(row, row.net().amount()));
			lines.add(fx(row, row.settlementGross().amount().negate()));
		}
		else {
			lines.add(clearing(row, row.totalFees().amount().negate()));
		}
		for (Map.Entry<FeeKind, BigDecimal> fee : row.fees().entrySet()) {
			lines.add(line(this.accounts.fee(fee.getKey()), fee.getKey().code(), fee.getValue()));
		}
		add(entries, row, "settlement", row.currency(), at, lines);
	}

	/** Money no rule places: the clearing moves, suspense holds it for a person. */
	private JournalEntry toSuspense(UnsettledRow row, Long transactionId, Instant at) {
		BigDecimal net = row.net().amount();
		List<JournalLine> lines = lines(clearing(row, net), line(this.ledger.suspense(), null, net.negate()));
		return new JournalEntry("card|" + row.ownKey(), "receipt", transactionId, null, row.currency(),
				describe(row, "no rule posts it, held in suspense"), at, lines);
	}

	private void add(List<JournalEntry> entries, UnsettledRow row, String part, java.util.Currency currency, Instant at,
			List<JournalLine> lines) {
		List<JournalLine> nonZero = lines.stream().filter((line) -> line != null).toList();
		if (nonZero.size() >= 2) {
			String what = part.equals("fx") ? "converted into " + row.currency().getCurrencyCode()
					: "fees " + row.totalFees().inCurrencyScale().toPlainString();
			entries.add(new JournalEntry(row.postingKey(part), "settlement", null, null, currency, describe(row, what),
					at, nonZero));
		}
	}

	private static List<JournalLine> lines(JournalLine... lines) {
		List<JournalLine> list = new ArrayList<>();
		for (JournalLine line : lines) {
			list.add(line);
		}
		return list;
	}

	private JournalLine clearing(UnsettledRow row, BigDecimal signed) {
		return line(this.ledger.cardClearing(), row.acquirer(), signed);
	}

	private JournalLine fx(UnsettledRow row, BigDecimal signed) {
		return line(this.accounts.fx(), row.acquirer(), signed);
	}

	/** A debit for a positive amount, a credit for a negative one, nothing for zero. */
	private static JournalLine line(String account, String subAccount, BigDecimal signed) {
		if (signed.signum() == 0) {
			return null;
		}
		return (signed.signum() > 0) ? JournalLine.debit(account, subAccount, null, null, signed)
				: JournalLine.credit(account, subAccount, null, null, signed.negate());
	}

	private static String describe(UnsettledRow row, String what) {
		String reference = (row.paymentReference() != null) ? " " + row.paymentReference() : "";
		return row.acquirer() + " batch " + row.batchRef() + ", " + row.recordType() + reference + " ("
				+ new Money(row.gross().amount(), row.gross().currency()) + "): " + what;
	}

}
