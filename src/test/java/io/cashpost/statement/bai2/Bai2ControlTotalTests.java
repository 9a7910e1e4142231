package io.cashpost.statement.bai2;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.cashpost.statement.bai2.Bai2ReaderTests.ONE_ACCOUNT;
import static io.cashpost.statement.bai2.Bai2TestFiles.refusal;
import static io.cashpost.statement.bai2.Bai2TestFiles.summaries;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trailers' control totals and counts: the account's (49) is the sum of its 03 and 16
 * amounts, the group's (98) of its accounts', the file's (99) of its groups'; each counts
 * the records it closes, continuations included.
 */
class Bai2ControlTotalTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"49,230000,4/|49,230001,4/|line 6 (record 49): account 1234567890: the account control total is 230001 in the trailer, but the amounts of its 03 and 16 records add up to 230000",
			"49,230000,4/|49,-230000,4/|line 6 (record 49): account 1234567890: the account control total is -230000 in the trailer, but the amounts of its 03 and 16 records add up to 230000",
			"49,230000,4/|49,230000,5/|line 6 (record 49): account 1234567890: the number of records is 5 in the trailer, but the account has (03 to 49, continuations included) 4",
			"98,230000,1,6/|98,230100,1,6/|line 7 (record 98): the group that starts at line 2: the group control total is 230100 in the trailer, but its account control totals add up to 230000",
			"98,230000,1,6/|98,230000,2,6/|line 7 (record 98): the group that starts at line 2: the number of accounts is 2 in the trailer, but the group has 1",
			"98,230000,1,6/|98,230000,1,5/|line 7 (record 98): the group that starts at line 2: the number of records is 5 in the trailer, but the group has (02 to 98, continuations included) 6",
			"99,230000,1,8/|99,-230000,1,8/|line 8 (record 99): the file control total is -230000 in the trailer, but its group control totals add up to 230000",
			"99,230000,1,8/|99,230000,2,8/|line 8 (record 99): the number of groups is 2 in the trailer, but the file has 1",
			"99,230000,1,8/|99,230000,1,9/|line 8 (record 99): the number of records is 9 in the trailer, but the file has (01 to 99, continuations included) 8",
			"49,230000,4/|49,23OOOO,4/|line 6 (record 49): malformed account 1234567890: the account control total '23OOOO'" })
	void wrongTotalsAndCountsAreRefusedWithBothFigures(String trailer, String wrong, String refusal) {
		assertThat(refusal(ONE_ACCOUNT.replace(trailer, wrong))).startsWith(refusal);
	}

	@Test
	void theFileIsReadWhenEveryFigureAgrees() {
		assertThat(summaries(ONE_ACCOUNT)).hasSize(1);
	}

	@Test
	void detailsCountUnsignedAndSummariesSigned() {
		String file = """
				01,HPNBUS33,CASHPOST01,250304,0615,1,,,2/
				02,CASHPOST01,071925648,1,250303,2400,USD,2/
				03,1,,010,-500000,,,015,-510000,,,400,10000,1,/
				16,475,10000,,,,/
				49,-990000,3/
				03,2,,010,+100,,,072,5,,S,1,2,2/
				88,074,10,,D,1,2,10/
				49,115,3/
				98,-989885,2,8/
				99,-989885,1,10/
				""";
		assertThat(summaries(file)).hasSize(2);
	}

	@Test
	void continuationsCountAsRecords() {
		String file = """
				01,HPNBUS33,CASHPOST01,250304,0615,1/
				88,,,2/
				02,CASHPOST01,071925648,1,250303,2400,USD,2/
				03,1,,010,100,,/
				16,165,100,,,,FIRST/
				88,SECOND/
				88,THIRD/
				49,200,5/
				98,200,1,7/
				99,200,1,10/
				""";
		assertThat(summaries(file)).hasSize(1);
	}

}
