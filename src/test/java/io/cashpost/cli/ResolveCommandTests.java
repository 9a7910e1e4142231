package io.cashpost.cli;

import java.math.BigDecimal;
import java.util.List;

import io.cashpost.exceptionqueue.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResolveCommandTests {

	@Test
	void assignTakesInvoiceAmountPairsInOrder() {
		Resolution resolution = ResolveCommand.resolution(List.of("assign", "INV-1=100.50", "INV=2=7"));

		assertThat(resolution).isInstanceOf(Resolution.Assign.class);
		assertThat(((Resolution.Assign) resolution).amounts()).containsExactly(
				org.assertj.core.api.Assertions.entry("INV-1", new BigDecimal("100.50")),
				org.assertj.core.api.Assertions.entry("INV=2", new BigDecimal("7")));
		assertThat(resolution.describe()).isEqualTo("assign INV-1=100.50 INV=2=7");
	}

	@Test
	void theOtherResolutionsTakeTheirOneWordOrNone() {
		assertThat(ResolveCommand.resolution(List.of("on-account", "C-1"))).isEqualTo(new Resolution.OnAccount("C-1"));
		assertThat(ResolveCommand.resolution(List.of("non-receivable", "8400")))
			.isEqualTo(new Resolution.NonReceivable("8400"));
		assertThat(ResolveCommand.resolution(List.of("refund"))).isEqualTo(new Resolution.Refund());
		assertThat(ResolveCommand.resolution(List.of("dismiss"))).isEqualTo(new Resolution.Dismiss());
	}

	@Test
	void refusesWhatItCannotReadAsUsage() {
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ResolveCommand.resolution(List.of("assign", "INV-1=1,50")))
			.withMessage("'1,50' is not an amount like 1250.00");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ResolveCommand.resolution(List.of("assign", "INV-1")))
			.withMessage("'INV-1' is not INVOICE=AMOUNT");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ResolveCommand.resolution(List.of("assign", "A=1", "A=2")))
			.withMessage("invoice A is named twice");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ResolveCommand.resolution(List.of("on-account")))
			.withMessage("usage: resolve EXCEPTION_ID on-account CUSTOMER");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> ResolveCommand.resolution(List.of("refund", "now")))
			.withMessage("usage: resolve EXCEPTION_ID refund takes no more words");
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> ResolveCommand.resolution(List.of("forgive")))
			.withMessageStartingWith("unknown resolution 'forgive'; usage: resolve EXCEPTION_ID assign");
	}

}
