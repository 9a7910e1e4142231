package io.cashpost.statement;

import io.cashpost.statement.bai2.Bai2ReadBenchmark;
import io.cashpost.statement.camt.CamtReadBenchmark;
import io.cashpost.statement.mt.Mt940ReadBenchmark;

/**
 * The readers' benchmark in one run: a generated camt.053 (beside a bare StAX pass), an
 * MT940 and a BAI2 file of N entries each (default 1,000,000), read under the heap the
 * JVM was given. Run it with {@code ./mvnw -Pbenchmark} (see the README).
 */
public final class StatementReadBenchmarks {

	private StatementReadBenchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String entries = (args.length > 0) ? args[0] : "1000000";
		System.out.println("== camt.053.001.08, " + entries + " entries");
		CamtReadBenchmark.main(new String[] { entries });
		System.out.println("== MT940, " + entries + " statement lines");
		Mt940ReadBenchmark.main(new String[] { entries });
		System.out.println("== BAI2, " + entries + " details");
		Bai2ReadBenchmark.main(new String[] { entries });
	}

}
