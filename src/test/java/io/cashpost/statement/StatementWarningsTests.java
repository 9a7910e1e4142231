package io.cashpost.statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementWarningsTests {

	@Test
	void aDeviationRepeatedInEveryEntryIsOneWarningAtItsFirstPlace() {
		StatementWarnings warnings = new StatementWarnings("bank.xml");
		for (int entry = 1; entry <= 1000; entry++) {
			warnings.add("no status", "entry " + entry, "the entry has no status");
		}
		warnings.add("no sign", "statement S-1", "the balance has no sign");

		assertThat(warnings.drain()).containsExactly(
				new StatementWarning("bank.xml", "entry 1",
						"the entry has no status (and 999 more like it in this statement)"),
				new StatementWarning("bank.xml", "statement S-1", "the balance has no sign"));
		assertThat(warnings.isEmpty()).isTrue();
		assertThat(warnings.drain()).isEmpty();
	}

	@Test
	void readsLikeAReadFailureWithOrWithoutPosition() {
		assertThat(new StatementWarning("bank.xml", "entry 3 (line 42)", "read as booked"))
			.hasToString("bank.xml, entry 3 (line 42): read as booked")
			.extracting(StatementWarning::withinFile)
			.isEqualTo("entry 3 (line 42): read as booked");
		assertThat(new StatementWarning("bank.xml", null, "a newer version")).hasToString("bank.xml: a newer version")
			.extracting(StatementWarning::withinFile)
			.isEqualTo("a newer version");
	}

}
