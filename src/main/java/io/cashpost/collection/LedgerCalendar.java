package io.cashpost.collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Days as collectors mean them: in the clock's time zone. A payment posted at 23:30 on
 * the 20th counts for the 20th, whatever the database's time zone.
 */
@Component
class LedgerCalendar {

	private final Clock clock;

	LedgerCalendar(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	/** The first instant of the day. */
	Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(this.clock.getZone()).toInstant());
	}

	/** The first instant after the day. */
	Timestamp endOf(LocalDate day) {
		return startOf(day.plusDays(1));
	}

	Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
