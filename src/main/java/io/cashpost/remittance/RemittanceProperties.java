package io.cashpost.remittance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How remittance advices find their payments.
 *
 * @param linkWindowDays an advice that names no reference the bank carries is linked to a
 * payment of its payer and exact amount whose value date is at most this many days before
 * or after the advice's payment date
 * @param expiryDays an advice whose payment has not come this many days after the later
 * of its payment date and its arrival becomes an exception
 */
@ConfigurationProperties("cashpost.remittance")
@Validated
public record RemittanceProperties(@DefaultValue("5") @Min(0) @Max(60) int linkWindowDays,
		@DefaultValue("14") @Min(1) int expiryDays) {

	public static RemittanceProperties defaults() {
		return new RemittanceProperties(5, 14);
	}

}
