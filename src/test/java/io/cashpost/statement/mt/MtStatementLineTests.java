package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Field 61 in all the shapes banks send, and the broken ones refused. */
class MtStatementLineTests {

	@Test
	void readsEveryComponent() {
		StatementLine line = StatementLine
			.parse("2412301230CR1190,00NTRFRE-2024-1187//2412300815000011\n/OCMT/EUR1190,00/");
		assertThat(line.valueDate()).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(line.entryDate()).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(line.debit()).isFalse();
		assertThat(line.reversal()).isFalse();
		assertThat(line.amount()).isEqualByComparingTo("1190.00");
		assertThat(line.type()).isEqualTo("NTRF");
		assertThat(line.customerReference()).isEqualTo("RE-2024-1187");
		assertThat(line.bankReference()).isEqualTo("2412300815000011");
		assertThat(line.supplementary()).isEqualTo("/OCMT/EUR1190,00/");
	}

	@Test
	void entryDateMayBeAbsentOrBlank() {
		assertThat(StatementLine.parse("110527D000000001213,28N044NONREF").entryDate()).isNull();
		StatementLine blank = StatementLine.parse("200101    D65,00NOVBNL47INGB9999999999");
		assertThat(blank.entryDate()).isNull();
		assertThat(blank.amount()).isEqualByComparingTo("65.00");
		assertThat(blank.customerReference()).isEqualTo("NL47INGB9999999999");
	}

	@Test
	void entryDateCrossesNewYearBothWays() {
		StatementLine bookedBefore = StatementLine.parse("2501021231CR500,00NTRFNONREF");
		assertThat(bookedBefore.valueDate()).isEqualTo(LocalDate.of(2025, 1, 2));
		assertThat(bookedBefore.entryDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		StatementLine bookedAfter = StatementLine.parse("2412310102DR3570,00NTRFNONREF");
		assertThat(bookedAfter.valueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(bookedAfter.entryDate()).isEqualTo(LocalDate.of(2025, 1, 2));
	}

	@Test
	void reversalOfCreditTakesMoneyOutAndReversalOfDebitBringsItIn() {
		StatementLine reversedCredit = StatementLine.parse("0709040904RCR204,88NRTINONREF");
		assertThat(reversedCredit.reversal()).isTrue();
		assertThat(reversedCredit.signedAmount()).isEqualByComparingTo("-204.88");
		StatementLine reversedDebit = StatementLine.parse("0709040904RD17,85NCHGNONREF");
		assertThat(reversedDebit.reversal()).isTrue();
		assertThat(reversedDebit.signedAmount()).isEqualByComparingTo("17.85");
	}

	@Test
	void fundsCodeLetterIsSkippedWhateverTheCurrency() {
		assertThat(StatementLine.parse("1701190119CN0,01NTRFNONREF//MB170119012058").signedAmount())
			.isEqualByComparingTo("0.01");
		assertThat(StatementLine.parse("1710111011DF2402,00S051X").signedAmount()).isEqualByComparingTo("-2402.00");
		assertThat(StatementLine.parse("240312    DD212,39NMSCNONREF//").bankReference()).isNull();
	}

	@Test
	void expectedEntriesAreMarked() {
		StatementLine expected = StatementLine.parse("250116ED100,00NDDTNONREF");
		assertThat(expected.expected()).isTrue();
		assertThat(expected.debit()).isTrue();
	}

	@Test
	void amountsWithoutDecimalsAreExact() {
		assertThat(StatementLine.parse("131017D6800,NCHK16703074").amount()).isEqualByComparingTo("6800");
		assertThat(StatementLine.parse("1407290729C500NTRF29-07-2014 10:05//B4G29PGDCK1QFV3E").amount())
			.isEqualTo(new BigDecimal("500"));
		assertThat(StatementLine.parse("110101D,5NMSCNONREF").amount()).isEqualByComparingTo("0.5");
	}

	@Test
	void placeholdersMeanNoReference() {
		StatementLine line = StatementLine.parse("1312091209C79,7FMSC01916//NONREF");
		assertThat(line.customerReference()).isEqualTo("01916");
		assertThat(line.bankReference()).isNull();
		assertThat(StatementLine.parse("131017D620,3NSTONONREF").customerReference()).isNull();
	}

	@Test
	void germanThirtyDayMonthsBecomeTheMonthsLastDay() {
		assertThat(StatementLine.parse("1602300301DR6,00N024NONREF").valueDate()).isEqualTo(LocalDate.of(2016, 2, 29));
	}

	@Test
	void bankReferenceWrappedOntoTheNextLineIsJoined() {
		StatementLine line = StatementLine.parse("1402200220C1,56NTRFEREF//00000000001\n005\n/TRCD/00100/");
		assertThat(line.bankReference()).isEqualTo("00000000001005");
		assertThat(line.supplementary()).isEqualTo("/TRCD/00100/");
	}

	@Test
	void aLineWithoutTransactionTypeIsReadWhereOnlyAReferenceCanFollow() {
		StatementLine bankReference = StatementLine.parse("2601150115CN220000,00//REF-778");
		assertThat(bankReference.type()).isNull();
		assertThat(bankReference.amount()).isEqualByComparingTo("220000.00");
		assertThat(bankReference.debit()).isFalse();
		assertThat(bankReference.customerReference()).isNull();
		assertThat(bankReference.bankReference()).isEqualTo("REF-778");
		StatementLine placeholder = StatementLine.parse("2601150115D75,10NONREF//B-1");
		assertThat(placeholder.type()).isNull();
		assertThat(placeholder.customerReference()).isNull();
		assertThat(placeholder.bankReference()).isEqualTo("B-1");
		StatementLine nothing = StatementLine.parse("0709040904C12,50");
		assertThat(nothing.type()).isNull();
		assertThat(nothing.bankReference()).isNull();
		// with a type code the customer reference NONREF is read as before
		assertThat(StatementLine.parse("2601150115C5,00NTRFNONREF//B-2").type()).isEqualTo("NTRF");
	}

	@Test
	void refusesBrokenLinesWithTheReason() {
		assertRefused("XX0709D1,0NTRF", "'XX0709' is not a date YYMMDD");
		assertRefused("0713320904D1,0NTRF", "'071332' has no month 13");
		assertRefused("070904X1,0NTRF", "debit/credit mark must be C, D, RC or RD, found 'X1'");
		assertRefused("0709040904CRNTRFNONREF", "no amount after the debit/credit mark: found 'NTRFNONREF'");
		assertRefused("0709040904C12.50NTRF",
				"transaction type must be N, S or F and 3 characters (e.g. NTRF), found '.50NTRF'");
		assertRefused("1811261126CR\n30,00N062NONREF", "no amount after the debit/credit mark: found ''");
		assertRefused("0709040904C12,50MCI0NONREF//1",
				"transaction type must be N, S or F and 3 characters (e.g. NTRF), found 'MCI0NONREF//'");
		assertRefused("07090409C12,50NTRF", "entry date '09C1' is not a date MMDD");
	}

	private static void assertRefused(String value, String problem) {
		assertThatExceptionOfType(MtFieldException.class).isThrownBy(() -> StatementLine.parse(value))
			.withMessage(problem);
	}

}
