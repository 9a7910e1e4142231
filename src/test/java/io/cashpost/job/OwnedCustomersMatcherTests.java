package io.cashpost.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partition carries out only postings to customers it owns; a posting to another
 * partition's customer is handed over, and everything else that could touch another
 * partition's invoices is left to the serial step.
 */
class OwnedCustomersMatcherTests {

	private static final Payment PAYMENT = new Payment(1, "key", "DE75512108001245126199",
			Money.of(new java.math.BigDecimal("100.00"), "EUR"), LocalDate.of(2026, 11, 20), EntryStatus.BOOKED, false,
			"Payer", null, RemittanceInfo.NONE, null);

	private final AtomicInteger ownedLookups = new AtomicInteger();

	/** What the matcher was told of each posting: whether to remember it. */
	private final List<Boolean> remembered = new ArrayList<>();

	/**
	 * What the matcher was told of each posting: whether the partition carries it out.
	 */
	private final List<Boolean> carriedOut = new ArrayList<>();

	/** Postings left because they name a customer the partition does not own. */
	private final List<AutoPost> left = new ArrayList<>();

	@Test
	void aPostingToOwnedCustomersIsCarriedOut() throws Exception {
		MatchDecision post = posting("C-1", null);
		assertThat(matcher(post).process(PAYMENT)).isSameAs(post);
		assertThat(matcher(post, false).process(PAYMENT)).isSameAs(post);
		assertThat(this.remembered).containsExactly(true, true);
		assertThat(this.left).isEmpty();
	}

	@Test
	void aPostingNamingAnotherPartitionsCustomerIsLeftUndecided() throws Exception {
		AutoPost toAnother = posting("C-2", null);
		assertThat(matcher(toAnother).process(PAYMENT)).isNull();
		AutoPost onAccountOfAnother = posting("C-1", "C-2");
		assertThat(matcher(onAccountOfAnother).process(PAYMENT)).as("credit on account of another customer").isNull();
		assertThat(this.left).containsExactly(toAnother, onAccountOfAnother);
		assertThat(this.remembered).as("the first round's picture counts them as made").containsExactly(true, true);
	}

	@Test
	void theSecondRoundDoesNotRememberAPostingItLeaves() throws Exception {
		AutoPost toAnother = posting("C-2", null);
		assertThat(matcher(toAnother, false).process(PAYMENT)).isNull();
		assertThat(this.remembered).as("a referral of the second round is final: no invoice held for nothing")
			.containsExactly(false);
	}

	@Test
	void reversalsAlwaysGoToTheSerialStep() throws Exception {
		assertThat(matcher(new Reverse(PAYMENT)).process(PAYMENT)).isNull();
		assertThat(this.ownedLookups).as("owned customers are only looked up for postings").hasValue(0);
		assertThat(this.left).as("a return is no other partition's either").isEmpty();
	}

	@Test
	void aPayerNobodyKnowsYetWaitsForTheSerialStepWhenItsAccountMayBeLearnt() throws Exception {
		Payment fromAccount = paymentFrom("DE02 1203 0000 0000 2020 51");
		assertThat(matcher(new Refer(fromAccount, ExceptionReason.UNKNOWN_PAYER, "nobody", List.of()))
			.process(fromAccount)).as("another partition may post a payment from this account").isNull();
	}

	@Test
	void otherReferralsAreCarriedOutInThePartition() throws Exception {
		Refer unknownWithoutAccount = new Refer(PAYMENT, ExceptionReason.UNKNOWN_PAYER, "nobody", List.of());
		assertThat(matcher(unknownWithoutAccount).process(PAYMENT)).as("no account: nothing to learn")
			.isSameAs(unknownWithoutAccount);
		Payment fromAccount = paymentFrom("DE02120300000000202051");
		Refer mismatch = new Refer(fromAccount, ExceptionReason.AMOUNT_MISMATCH, "short", List.of());
		assertThat(matcher(mismatch).process(fromAccount)).isSameAs(mismatch);
		Refer ambiguous = new Refer(fromAccount, ExceptionReason.AMBIGUOUS, "two invoices fit", List.of());
		assertThat(matcher(ambiguous).process(fromAccount)).as("never decided again on a picture others changed")
			.isSameAs(ambiguous);
		assertThat(this.ownedLookups).hasValue(0);
	}

	private static Payment paymentFrom(String payerAccount) {
		return new Payment(2, "key-2", PAYMENT.bankAccount(), PAYMENT.amount(), PAYMENT.valueDate(), EntryStatus.BOOKED,
				false, "Payer", payerAccount, RemittanceInfo.NONE, null);
	}

	private OwnedCustomersMatcher matcher(MatchDecision decision) {
		return matcher(decision, true);
	}

	private OwnedCustomersMatcher matcher(MatchDecision decision, boolean remembersLeft) {
		return new OwnedCustomersMatcher((payment, remembered) -> {
			if (decision instanceof AutoPost post) {
				this.remembered.add(remembered.test(post));
			}
			return decision;
		}, remembersLeft, () -> {
			this.ownedLookups.incrementAndGet();
			return Set.of("C-1");
		}, this.left::add);
	}

	private static AutoPost posting(String customer, String onAccountCustomer) {
		Money amount = Money.of(new java.math.BigDecimal("100.00"), "EUR");
		Money zero = Money.of(java.math.BigDecimal.ZERO, "EUR");
		return new AutoPost(PAYMENT, List.of(new ProposedAllocation(7, "INV-7", customer, amount, zero, zero, null)),
				(onAccountCustomer != null) ? amount : zero, onAccountCustomer, "creditor_reference", 1.0, "test");
	}

}
