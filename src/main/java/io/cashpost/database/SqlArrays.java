package io.cashpost.database;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

import org.springframework.jdbc.support.SqlArrayValue;

/**
 * PostgreSQL arrays built from a chunk of rows, one per column, so that a chunk is
 * written by one statement ({@code insert ... select from unnest(:a::bigint[], ...)})
 * instead of a statement per row. Elements may be {@code null}.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static <T> SqlArrayValue text(Collection<T> rows, Function<T, String> column) {
		return of("text", rows.stream().map(column).toArray(String[]::new));
	}

	public static <T> SqlArrayValue bigint(Collection<T> rows, Function<T, Long> column) {
		return of("int8", rows.stream().map(column).toArray(Long[]::new));
	}

	public static <T> SqlArrayValue integer(Collection<T> rows, Function<T, Integer> column) {
		return of("int4", rows.stream().map(column).toArray(Integer[]::new));
	}

	public static <T> SqlArrayValue numeric(Collection<T> rows, Function<T, BigDecimal> column) {
		return of("numeric", rows.stream().map(column).toArray(BigDecimal[]::new));
	}

	public static <T> SqlArrayValue bool(Collection<T> rows, Function<T, Boolean> column) {
		return of("bool", rows.stream().map(column).toArray(Boolean[]::new));
	}

	private static SqlArrayValue of(String type, Object[] values) {
		return new SqlArrayValue(type, values);
	}

}
