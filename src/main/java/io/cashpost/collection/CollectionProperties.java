package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the worklist and the key figures judge.
 *
 * @param staleAfter the newest ingested statement may be this old before the worklist
 * says its data is stale and blocks chasing
 * @param promiseGraceDays days after a promised date that money posted still keeps the
 * promise (bank days, the file arriving)
 * @param brokenPromiseWeight how much each broken promise raises a worklist score: the
 * score is multiplied by {@code 1 + weight × broken promises}
 * @param brokenPromiseLookbackDays how far back broken promises count
 * @param maxBrokenPromises the most broken promises that count
 * @param kpiWindowDays the trailing window each day's key figures are computed over
 */
@ConfigurationProperties("cashpost.collection")
@Validated
public record CollectionProperties(@DefaultValue("36h") @NotNull Duration staleAfter,
		@DefaultValue("3") @Min(0) @Max(60) int promiseGraceDays,
		@DefaultValue("0.5") @NotNull @DecimalMin("0") BigDecimal brokenPromiseWeight,
		@DefaultValue("365") @Min(1) int brokenPromiseLookbackDays, @DefaultValue("4") @Min(0) int maxBrokenPromises,
		@DefaultValue("30") @Min(1) @Max(365) int kpiWindowDays) {

	public static CollectionProperties defaults() {
		return new CollectionProperties(Duration.ofHours(36), 3, new BigDecimal("0.5"), 365, 4, 30);
	}

}
