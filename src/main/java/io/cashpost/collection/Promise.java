package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's promise to pay, with what has been posted for it since.
 *
 * @param promiseId the promise
 * @param customerId the customer
 * @param currency the currency
 * @param amount promised
 * @param promisedDate by when
 * @param note what was said
 * @param createdBy who recorded it
 * @param createdAt when
 * @param paid cash posted for the customer in the currency from the promise to its date
 * plus the grace days
 * @param status {@code kept} (paid reached the amount), {@code open} (not yet, and the
 * date plus grace days has not passed) or {@code broken}
 */
public record Promise(long promiseId, String customerId, String currency, BigDecimal amount, LocalDate promisedDate,
		String note, String createdBy, Instant createdAt, BigDecimal paid, String status) {

	public boolean isOpen() {
		return "open".equals(this.status);
	}

	public boolean isBroken() {
		return "broken".equals(this.status);
	}

}
