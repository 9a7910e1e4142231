package io.cashpost.matching;

import java.util.List;

import io.cashpost.invoice.PayerAccount;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.money.Money;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a posting pays as a whole: the customer a partition hands it to, and the one its
 * payer's account is learnt for.
 */
class AutoPostTests {

	private static final Money ZERO = Money.of("0", "EUR");

	private static final Money HUNDRED = Money.of("100.00", "EUR");

	private final Payment payment = paid("200.00").from("DE02120300000000202051").build();

	@Test
	void oneCustomerForTheAllocationsAndWhatIsLeftOnAccount() {
		AutoPost post = post(List.of(allocation("C-1"), allocation("C-1")), "C-1");
		assertThat(post.onlyCustomer()).contains("C-1");
		assertThat(post.taughtPayerAccount())
			.contains(new PayerAccount("DE02120300000000202051", "C-1", "confirmed_match"));
	}

	@Test
	void severalCustomersAreNoOne() {
		assertThat(post(List.of(allocation("C-1"), allocation("C-2")), null).onlyCustomer()).isEmpty();
		AutoPost creditForAnother = post(List.of(allocation("C-1")), "C-2");
		assertThat(creditForAnother.onlyCustomer()).isEmpty();
		assertThat(creditForAnother.taughtPayerAccount()).isEmpty();
	}

	@Test
	void allOnAccountIsTheCustomersButTeachesNoAccount() {
		AutoPost onAccount = post(List.of(), "C-3");
		assertThat(onAccount.onlyCustomer()).contains("C-3");
		assertThat(onAccount.taughtPayerAccount()).as("no invoice paid").isEmpty();
	}

	private AutoPost post(List<ProposedAllocation> allocations, String onAccountCustomer) {
		return new AutoPost(this.payment, allocations, (onAccountCustomer != null) ? HUNDRED : ZERO, onAccountCustomer,
				"test", 1.0, "test");
	}

	private static ProposedAllocation allocation(String customer) {
		return new ProposedAllocation(7, "INV-7", customer, HUNDRED, ZERO, ZERO, null);
	}

}
