package io.cashpost.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.cashpost.money.Money;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * How the dashboard writes amounts, percentages and times ({@code ${@fmt.money(...)}} in
 * the templates): amounts in their currency's decimals with thousands separators, times
 * in the server's zone.
 */
@Component("fmt")
class DashboardFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DateTimeFormatter time;

	DashboardFormat(Clock clock) {
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	public String amount(BigDecimal amount, String currency) {
		if (amount == null || currency == null) {
			return "";
		}
		BigDecimal scaled = Money.of(amount, currency).inCurrencyScale();
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(scaled.scale());
		format.setMaximumFractionDigits(scaled.scale());
		return format.format(scaled);
	}

	public String money(BigDecimal amount, String currency) {
		return (amount == null) ? "" : currency + " " + amount(amount, currency);
	}

	public String percent(BigDecimal value) {
		return (value == null) ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
	}

	public String days(BigDecimal value) {
		return (value == null) ? "–" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	public String time(Instant instant) {
		return (instant == null) ? "" : this.time.format(instant);
	}

	public String time(OffsetDateTime time) {
		return (time == null) ? "" : this.time.format(time.toInstant());
	}

	/**
	 * Data for a chart, as JSON inside a non-executed script element; {@code <} is
	 * escaped so no text in it can close the element.
	 */
	public String json(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c");
	}

}
