package io.cashpost.statement.bai2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementSummary;

import static io.cashpost.statement.bai2.Bai2TestFiles.account;
import static io.cashpost.statement.bai2.Bai2TestFiles.inGroup;
import static io.cashpost.statement.bai2.Bai2TestFiles.read;
import static io.cashpost.statement.bai2.Bai2TestFiles.refusal;
import static io.cashpost.statement.bai2.Bai2TestFiles.summaries;
import static io.cashpost.statement.bai2.Bai2TestFiles.transaction;
import static io.cashpost.statement.bai2.Bai2TestFiles.transactions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of a BAI2 file, their fields, and what the reader makes of them.
 */
class Bai2ReaderTests {

	static final String ONE_ACCOUNT = """
			01,HPNBUS33,CASHPOST01,250304,0615,1,80,1,2/
			02,CASHPOST01,071925648,1,250303,2400,USD,2/
			03,1234567890,USD,010,100000,,,015,112500,,/
			16,165,15000,0,250303000123,INV-1001,ACH CREDIT ORIG CO NAME:BLUE RIDGE FOODS/
			16,475,2500,,0003021,1001,CHECK 1001/
			49,230000,4/
			98,230000,1,6/
			99,230000,1,8/
			""";

	@Test
	void readsEachDetailThenTheAccountSummary() {
		List<StatementPart> parts = read(ONE_ACCOUNT);
		assertThat(parts).hasSize(3);
		BankTransaction credit = (BankTransaction) parts.get(0);
		assertThat(credit.statementRef()).isEqualTo("071925648/2025-03-03/1234567890");
		assertThat(credit.entryIndex()).isEqualTo(1);
		assertThat(credit.splitIndex()).isZero();
		assertThat(credit.line()).isEqualTo(4);
		assertThat(credit.account()).isEqualTo("1234567890");
		assertThat(credit.amount()).isEqualTo(Money.of("150.00", "USD"));
		assertThat(credit.bookingDate()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(credit.entryRef()).isEqualTo("250303000123");
		assertThat(credit.endToEndId()).isEqualTo("INV-1001");
		assertThat(credit.bankTransactionCode()).isEqualTo("165");
		assertThat(credit.status()).isEqualTo(EntryStatus.BOOKED);
		assertThat(credit.reversal()).isFalse();
		assertThat(credit.debtorName()).isEqualTo("BLUE RIDGE FOODS");
		assertThat(credit.remittance().unstructured()).containsExactly("ACH CREDIT ORIG CO NAME:BLUE RIDGE FOODS");
		BankTransaction debit = (BankTransaction) parts.get(1);
		assertThat(debit.entryIndex()).isEqualTo(2);
		assertThat(debit.amount()).isEqualTo(Money.of("-25.00", "USD"));
		assertThat(debit.valueDate()).isNull();
		assertThat(debit.debtorName()).isNull();
		StatementSummary summary = (StatementSummary) parts.get(2);
		assertThat(summary.statementRef()).isEqualTo(credit.statementRef());
		assertThat(summary.account()).isEqualTo("1234567890");
		assertThat(summary.currency().getCurrencyCode()).isEqualTo("USD");
		assertThat(summary.openingBalance()).isEqualByComparingTo("1000.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("1125.00");
		assertThat(summary.entries()).isEqualTo(2);
		assertThat(summary.transactions()).isEqualTo(2);
		assertThat(summary.creditSum()).isEqualByComparingTo("150.00");
		assertThat(summary.debitSum()).isEqualByComparingTo("25.00");
		assertThat(summary.line()).isEqualTo(3);
		assertThat(summary.balanced()).isTrue();
	}

	@Test
	void formatIsBai2() {
		assertThat(new Bai2Reader(new ByteArrayInputStream(new byte[0]), "x").format())
			.isEqualTo(new StatementFormat("BAI2", "BAI2"));
	}

	@Test
	void closingTheReaderClosesTheStream() {
		AtomicBoolean closed = new AtomicBoolean();
		ByteArrayInputStream in = new ByteArrayInputStream(ONE_ACCOUNT.getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public void close() throws IOException {
				closed.set(true);
			}
		};
		new Bai2Reader(in, "x").close();
		assertThat(closed).isTrue();
	}

	@Test
	void accountsThatDoNotBalanceSayFalse() {
		List<StatementSummary> summaries = summaries(account("03,1,,010,100000,,,015,100001,,/", "16,165,5,,,,/"));
		assertThat(summaries.get(0).balanced()).isFalse();
	}

	@Test
	void accountsWithoutOpeningOrClosingLedgerHaveNoVerdict() {
		assertThat(summaries(account("03,1,,010,100000,,,045,100001,,/", "16,165,5,,,,/")).get(0).balanced()).isNull();
		assertThat(summaries(account("03,1,,015,100000,,/")).get(0).balanced()).isNull();
	}

	@Test
	void signedSummaryAmounts() {
		StatementSummary summary = summaries(account("03,1,,010,-150000,,,015,+20000,,/", "16,165,170000,,,,/")).get(0);
		assertThat(summary.openingBalance()).isEqualByComparingTo("-1500.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("200.00");
		assertThat(summary.balanced()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "108, 1.00, BOOKED", "165, 1.00, BOOKED", "399, 1.00, BOOKED", "400, -1.00, BOOKED",
			"475, -1.00, BOOKED", "699, -1.00, BOOKED", "720, 1.00, BOOKED", "728, 1.00, BOOKED", "760, -1.00, BOOKED",
			"920, 1.00, BOOKED", "959, 1.00, BOOKED", "960, -1.00, BOOKED", "999, -1.00, BOOKED", "010, 1.00, INFO",
			"701, 1.00, INFO", "890, 1.00, INFO", "905, 1.00, INFO", "800, 1.00, INFO" })
	void typeCodesSayCreditDebitOrNoMoney(String typeCode, String amount, EntryStatus status) {
		BankTransaction transaction = transaction(account("03,1,,/", "16," + typeCode + ",100,,,,/"));
		assertThat(transaction.amount()).isEqualTo(Money.of(amount, "USD"));
		assertThat(transaction.status()).isEqualTo(status);
	}

	@Test
	void entriesThatMoveNoMoneyStayOutOfTheSums() {
		StatementSummary summary = summaries(account("03,1,,010,0,,,015,0,,/", "16,890,,,,,NOTICE/", "16,010,500,,,,/"))
			.get(0);
		assertThat(summary.entries()).isEqualTo(2);
		assertThat(summary.creditSum()).isZero();
		assertThat(summary.balanced()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123", "252", "255", "257", "258", "261", "266", "395", "552", "555", "556", "557", "558",
			"561", "566", "694" })
	void returnAndReversalTypeCodesFlagAReversal(String typeCode) {
		assertThat(transaction(account("03,1,,/", "16," + typeCode + ",100,,,,/")).reversal()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "165", "195", "409", "475", "495", "567", "698" })
	void otherTypeCodesAreNoReversal(String typeCode) {
		assertThat(transaction(account("03,1,,/", "16," + typeCode + ",100,,,,/")).reversal()).isFalse();
	}

	@Test
	void aReturnCarriesItsReason() {
		BankTransaction transaction = transaction(
				account("03,1,,/", "16,555,48000,,,,RETURNED ITEM", "88,RETURN REASON: R01 INSUFFICIENT FUNDS/"));
		assertThat(transaction.details().returnReason()).isEqualTo("R01");
	}

	@ParameterizedTest
	@CsvSource({ "USD, 12345, 123.45", "JPY, 12345, 12345", "KWD, 12345, 12.345", "EUR, 7, 0.07" })
	void amountsAreMinorUnitsOfTheAccountCurrency(String currency, String field, String amount) {
		BankTransaction transaction = transaction(account("03,1," + currency + ",/", "16,195," + field + ",,,,/"));
		assertThat(transaction.amount())
			.isEqualTo(new Money(new BigDecimal(amount), java.util.Currency.getInstance(currency)));
	}

	@Test
	void currencyComesFromTheAccountElseTheGroupElseUsd() {
		String file = """
				01,HPNBUS33,CASHPOST01,250304,0615,1,,,2/
				02,CASHPOST01,071925648,1,250303,2400,CAD,2/
				03,1,,/
				49,,/
				03,2,JPY,/
				49,,/
				98,,,/
				02,CASHPOST01,071925648,1,250303,2400,,2/
				03,3,,/
				49,,/
				98,,,/
				99,,,/
				""";
		assertThat(summaries(file)).extracting((summary) -> summary.currency().getCurrencyCode())
			.containsExactly("CAD", "JPY", "USD");
	}

	@Test
	void theSameAccountTwiceInAFileGetsDistinctStatementRefs() {
		String file = inGroup("03,1,,/\n49,,/\n03,1,,/\n49,,/\n03,2,,/\n49,,/\n");
		assertThat(summaries(file)).extracting(StatementSummary::statementRef)
			.containsExactly("071925648/2025-03-03/1", "071925648/2025-03-03/1/2", "071925648/2025-03-03/2");
	}

	@Test
	void entryIndexCountsDetailsAcrossTheFile() {
		String file = inGroup("03,1,,/\n16,165,1,,,,/\n49,,/\n03,2,,/\n16,165,1,,,,/\n16,165,1,,,,/\n49,,/\n");
		assertThat(transactions(file)).extracting(BankTransaction::entryIndex).containsExactly(1, 2, 3);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "16,195,100,,BR,CR,TEXT/|", "16,195,100,0,BR,CR,TEXT/|2025-03-03", "16,195,100,1,BR,CR,TEXT/|",
					"16,195,100,2,BR,CR,TEXT/|", "16,195,100,Z,BR,CR,TEXT/|",
					"16,195,100,V,250305,,BR,CR,TEXT/|2025-03-05", "16,195,100,V,250305,1015,BR,CR,TEXT/|2025-03-05",
					"16,195,100,S,50,30,20,BR,CR,TEXT/|", "16,195,100,S,,,100,BR,CR,TEXT/|",
					"16,195,100,D,3,0,50,1,30,2,20,BR,CR,TEXT/|", "16,195,100,D,0,BR,CR,TEXT/|" })
	void fundsTypesPutTheReferencesAndTextWhereTheyBelong(String detail, LocalDate valueDate) {
		BankTransaction transaction = transaction(account("03,1,,/", detail));
		assertThat(transaction.entryRef()).isEqualTo("BR");
		assertThat(transaction.endToEndId()).isEqualTo("CR");
		assertThat(transaction.remittance().unstructured()).containsExactly("TEXT");
		assertThat(transaction.valueDate()).isEqualTo(valueDate);
		assertThat(transaction.amount()).isEqualTo(Money.of("1.00", "USD"));
	}

	@Test
	void fundsTypesInTheAccountSummaryAreSkippedToTheNextTypeCode() {
		String file = inGroup(
				"03,1,,010,100,,V,250305,,015,455,2,S,10,20,20,040,50,1,D,2,0,25,1,25,045,5,,Z/\n" + "49,610,2/\n");
		StatementSummary summary = summaries(file).get(0);
		assertThat(summary.openingBalance()).isEqualByComparingTo("1.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("4.55");
	}

	@Test
	void unknownFundsTypeIsRefused() {
		assertThat(refusal(account("03,1,,/", "16,195,100,X,BR,CR,TEXT/")))
			.isEqualTo("line 4 (record 16): unknown funds type 'X': expected 0, 1, 2, V, S, D or Z");
	}

	@Test
	void distributedFundsWithoutTheirNumberAreRefused() {
		assertThat(refusal(account("03,1,,/", "16,195,100,D,,BR,CR/")))
			.isEqualTo("line 4 (record 16): funds type D without its number of availability distributions");
	}

	@Test
	void aContinuationContinuesTheAccountSummaryMidField() {
		String file = inGroup("03,1,,040,100,,,010/\n88,-200,,/\n88,015,300,,/\n49,200,4/\n");
		StatementSummary summary = summaries(file).get(0);
		assertThat(summary.openingBalance()).isEqualByComparingTo("-2.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("3.00");
	}

	@Test
	void aDetailsTextRunsOverSeveralContinuations() {
		BankTransaction transaction = transaction(account("03,1,,/", "16,195,100,,BR,CR,WIRE IN/",
				"88,B/O: NORTHWIND TRADING LLC/", "88,/", "88,OBI: INVOICE 4471, 4472/"));
		assertThat(transaction.remittance().unstructured()).containsExactly("WIRE IN", "B/O: NORTHWIND TRADING LLC",
				"OBI: INVOICE 4471, 4472");
	}

	@Test
	void aDetailsFieldsContinueInTheNextRecord() {
		BankTransaction transaction = transaction(
				account("03,1,,/", "16,195,100,V/", "88,250305,1015,BR/", "88,CR,FIRST LINE/", "88,SECOND LINE/"));
		assertThat(transaction.valueDate()).isEqualTo(LocalDate.of(2025, 3, 5));
		assertThat(transaction.entryRef()).isEqualTo("BR");
		assertThat(transaction.endToEndId()).isEqualTo("CR");
		assertThat(transaction.remittance().unstructured()).containsExactly("FIRST LINE", "SECOND LINE");
	}

	@Test
	void aDetailWithoutTextTakesItsTextFromTheContinuation() {
		BankTransaction transaction = transaction(
				account("03,1,,/", "16,218,20000000,V,040622,,SP4738,YRC065321/", "88,PROCEEDS OF LETTER OF CREDIT/"));
		assertThat(transaction.entryRef()).isEqualTo("SP4738");
		assertThat(transaction.endToEndId()).isEqualTo("YRC065321");
		assertThat(transaction.remittance().unstructured()).containsExactly("PROCEEDS OF LETTER OF CREDIT");
	}

	@Test
	void headersAndTrailersMayBeContinuedToo() {
		String file = """
				01,HPNBUS33,CASHPOST01,250304,0615,1/
				88,80,1,2/
				02,CASHPOST01,071925648,1/
				88,250303,2400,USD,2/
				03,1,,010,100,,/
				49,100/
				88,3/
				98,100,1/
				88,7/
				99,100/
				88,1,11/
				""";
		assertThat(summaries(file)).hasSize(1);
	}

	@Test
	void textKeepsCommasAndSlashes() {
		BankTransaction transaction = transaction(
				account("03,1,,/", "16,195,100,,AB/GS/01,08/18/23,PAID 08/18/23, INV 1/2 AND 2/2/"));
		assertThat(transaction.entryRef()).isEqualTo("AB/GS/01");
		assertThat(transaction.endToEndId()).isEqualTo("08/18/23");
		assertThat(transaction.remittance().unstructured()).containsExactly("PAID 08/18/23, INV 1/2 AND 2/2");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "12.50|malformed amount '12.50'", "12A|malformed amount '12A'",
					"1234567890123456789|malformed amount '1234567890123456789'",
					"-100|amount '-100' is negative; BAI2 detail amounts are unsigned" })
	void malformedDetailAmountsAreRefused(String amount, String problem) {
		assertThat(refusal(account("03,1,,/", "16,195," + amount + ",,,,/")))
			.startsWith("line 4 (record 16): " + problem);
	}

	@Test
	void aCreditOrDebitWithoutAmountIsRefused() {
		assertThat(refusal(account("03,1,,/", "16,195,,,,,/")))
			.isEqualTo("line 4 (record 16): detail of type code 195 without an amount");
	}

	@Test
	void malformedSummaryAmountsAreRefused() {
		assertThat(refusal(account("03,1,,010,1O0,,/")))
			.startsWith("line 3 (record 03): malformed amount of type code 010 '1O0': BAI2 amounts are whole numbers");
	}

	@Test
	void malformedTypeCodesAreRefused() {
		assertThat(refusal(account("03,1,,/", "16,19,100,,,,/")))
			.isEqualTo("line 4 (record 16): malformed type code '19': expected three digits");
	}

	@Test
	void aDateThatDoesNotExistIsRefused() {
		String file = "01,A,B,250304,0615,1,,,2/\n02,B,C,1,250230,2400,USD,2/\n98,,,/\n99,,,/\n";
		assertThat(refusal(file)).isEqualTo("line 2 (record 02): malformed as-of date '250230': no such date");
	}

	@Test
	void unknownCurrencyIsRefused() {
		assertThat(refusal(account("03,1,XYZ,/"))).isEqualTo("line 3 (record 03): unknown currency code 'XYZ'");
	}

	@Test
	void aFileMustStartWithAFileHeader() {
		assertThat(refusal("00,0004,1/2/345,06/0321,0829,001,80,1,2/\n"))
			.isEqualTo("line 1 (record 00): expected the file header (01): a BAI2 file starts with one");
		assertThat(refusal("88,CONTINUED/\n01,A,B,250304,0615,1,,,2/\n99,,,/\n"))
			.isEqualTo("line 1 (record 88): expected the file header (01): a BAI2 file starts with one");
	}

	@Test
	void onlyBaiVersion2IsRead() {
		assertThat(refusal("01,A,B,250304,0615,1,,,1/\n99,,,/\n"))
			.isEqualTo("line 1 (record 01): BAI version '1' in the file header: this reader reads version 2");
	}

	@Test
	void recordsOutOfPlaceAreRefused() {
		assertThat(refusal(inGroup("16,195,100,,,,/\n")))
			.isEqualTo("line 3 (record 16): transaction detail (16) outside an account (03 to 49)");
		assertThat(refusal("01,A,B,250304,0615,1,,,2/\n03,1,,/\n"))
			.isEqualTo("line 2 (record 03): account header (03) outside a group (02 to 98)");
		assertThat(refusal(inGroup("03,1,,/\n03,2,,/\n")))
			.isEqualTo("line 4 (record 03): account header (03) before the trailer (49) of account 1");
		assertThat(refusal(inGroup("03,1,,/\n16,195,100,,,,/\n")))
			.isEqualTo("line 5 (record 98): group trailer (98) before the trailer (49) of account 1");
		assertThat(refusal(Bai2TestFiles.HEADERS + "02,A,B,1,250303,,,2/\n")).isEqualTo(
				"line 3 (record 02): group header (02) before the trailer (98) of the group that starts at line 2");
		assertThat(refusal(inGroup("") + "01,A,B,250304,0615,1,,,2/\n"))
			.isEqualTo("line 5 (record 01): a second file header (01) in the file");
		assertThat(refusal(inGroup("") + "02,A,B,1,250303,,,2/\n"))
			.isEqualTo("line 5 (record 02): group header (02) after the file trailer (99)");
		assertThat(refusal(inGroup("17,1,2,3/\n")))
			.isEqualTo("line 3 (record 17): unknown record type: BAI2 has 01, 02, 03, 16, 49, 88, 98 and 99");
	}

	@Test
	void aFileWithoutItsTrailerIsTruncated() {
		assertThat(refusal(Bai2TestFiles.HEADERS + "03,1,,/\n49,,/\n98,,,/\n"))
			.isEqualTo("line 5: truncated: the file ends without its file trailer (99)");
		assertThat(refusal(Bai2TestFiles.HEADERS + "03,1,,/\n16,195,100,,,,/\n"))
			.isEqualTo("line 4: truncated: the file ends inside account 1 without its file trailer (99)");
		assertThat(refusal(Bai2TestFiles.HEADERS))
			.isEqualTo("line 2: truncated: the file ends inside the group that starts at line 2 without its file "
					+ "trailer (99)");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refusal("")).isEqualTo("test.bai2: no BAI2 records: the file is empty");
		assertThat(refusal("\n   \n")).isEqualTo("test.bai2: no BAI2 records: the file is empty");
	}

}
