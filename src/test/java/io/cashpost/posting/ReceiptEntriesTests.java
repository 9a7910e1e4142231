package io.cashpost.posting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.cashpost.matching.CreditNoteUse;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class ReceiptEntriesTests {

	private static final Instant NOW = Instant.parse("2026-11-20T18:00:00Z");

	private final ReceiptEntries entries = new ReceiptEntries(LedgerProperties.defaults());

	@Test
	void bankChargesGoToBankFeesOtherWriteOffsToWriteOffsByReason() {
		JournalEntry entry = this.entries
			.of(autoPost("1989.50", allocation("10.00", "bank_charges"), allocation("0.50", "small_difference")), NOW);

		assertThat(entry.lines()).extracting(JournalLine::qualifiedAccount, JournalLine::debit, JournalLine::credit)
			.containsExactly(line("1200:" + LedgerFixture.ACCOUNT, "1989.50", "0"), line("6855", "10.00", "0"),
					line("1400", "0", "1000.00"), line("6900:small_difference", "0.50", "0"),
					line("1400", "0", "1000.00"));
	}

	@Test
	void aReceiptNobodyCouldPlaceIsCashInAndSuspenseOutUnderItsSourceKey() {
		JournalEntry entry = this.entries.toSuspense(payment("77.00"), "unknown_payer", NOW);

		assertThat(entry.postingKey()).isEqualTo("source-key");
		assertThat(entry.kind()).isEqualTo("receipt");
		assertThat(entry.lines()).extracting(JournalLine::qualifiedAccount, JournalLine::debit, JournalLine::credit)
			.containsExactly(line("1200:" + LedgerFixture.ACCOUNT, "77.00", "0"), line("1590", "0", "77.00"));
	}

	@Test
	void aReversalMirrorsEveryLineAndNamesTheEntry() {
		JournalEntry entry = this.entries.toSuspense(payment("77.00"), "unknown_payer", NOW);

		JournalEntry reversal = entry.reversal(42, "return-key", 7L, "returned", NOW);

		assertThat(reversal.reversesEntryId()).isEqualTo(42);
		assertThat(reversal.kind()).isEqualTo("reversal");
		assertThat(reversal.lines()).extracting(JournalLine::qualifiedAccount, JournalLine::debit, JournalLine::credit)
			.containsExactly(line("1200:" + LedgerFixture.ACCOUNT, "0", "77.00"), line("1590", "77.00", "0"));
	}

	@Test
	void aCreditNoteUsedUpIsDebitedToItsReceivableAndADeductionStaysOpen() {
		Money zero = Money.zero(Currency.getInstance("EUR"));
		ProposedAllocation settled = new ProposedAllocation(1, "INV-1", "C-1", Money.of("850.00", "EUR"), zero, zero,
				null, Money.of("150.00", "EUR"), null, null, null);
		ProposedAllocation deducted = new ProposedAllocation(2, "INV-2", "C-1", Money.of("400.00", "EUR"), zero, zero,
				"deduction", null, Money.of("100.00", "EUR"), "DAMG", "broken");
		AutoPost post = new AutoPost(payment("1250.00"), List.of(settled, deducted), zero, null, "remittance_lines",
				0.9, "test", List.of(new CreditNoteUse(3, "CN-1", "C-1", Money.of("150.00", "EUR"))));

		Posting posting = this.entries.posting(post, NOW);

		assertThat(posting.entry().lines())
			.extracting(JournalLine::qualifiedAccount, JournalLine::invoiceId, JournalLine::debit, JournalLine::credit)
			.containsExactly(tuple("1200:" + LedgerFixture.ACCOUNT, null, new BigDecimal("1250.00"), BigDecimal.ZERO),
					tuple("1400", 1L, BigDecimal.ZERO, new BigDecimal("1000.00")),
					tuple("1400", 2L, BigDecimal.ZERO, new BigDecimal("400.00")),
					tuple("1400", 3L, new BigDecimal("150.00"), BigDecimal.ZERO));
		assertThat(posting.allocations())
			.extracting((a) -> a.invoiceId(), (a) -> a.applied().amount(), (a) -> a.credit().amount(),
					(a) -> a.deduction().amount(), Allocation::deductionReason, Allocation::reasonCode)
			.containsExactly(
					tuple(1L, new BigDecimal("850.00"), new BigDecimal("150.00"), BigDecimal.ZERO.setScale(0), null,
							null),
					tuple(2L, new BigDecimal("400.00"), BigDecimal.ZERO.setScale(0), new BigDecimal("100.00"), "DAMG",
							"deduction"),
					tuple(3L, new BigDecimal("0"), new BigDecimal("150.00"), BigDecimal.ZERO.setScale(0), null,
							"credit_note_used"));
	}

	@Test
	void anEntryThatDoesNotBalanceCannotBeMade() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JournalEntry("k", "receipt", null, null, Currency.getInstance("EUR"), "x", NOW,
					List.of(JournalLine.debit("1200", null, null, null, new BigDecimal("1")),
							JournalLine.credit("1590", null, null, null, new BigDecimal("2")))))
			.withMessage("journal entry k does not balance: debits 1, credits 2");
	}

	private static Tuple line(String account, String debit, String credit) {
		return tuple(account, new BigDecimal(debit), new BigDecimal(credit));
	}

	private static Payment payment(String amount) {
		return new Payment(1, "source-key", LedgerFixture.ACCOUNT, Money.of(amount, "EUR"), LocalDate.of(2026, 11, 20),
				EntryStatus.BOOKED, false, "Payer", null, RemittanceInfo.NONE);
	}

	private static ProposedAllocation allocation(String writeOff, String reason) {
		Money off = Money.of(writeOff, "EUR");
		return new ProposedAllocation(1, "INV-1", "C-1", Money.of("1000.00", "EUR").minus(off),
				Money.zero(off.currency()), off, reason);
	}

	private static AutoPost autoPost(String amount, ProposedAllocation... allocations) {
		return new AutoPost(payment(amount), List.of(allocations), Money.zero(Currency.getInstance("EUR")), null,
				"test", 1.0, "test");
	}

}
