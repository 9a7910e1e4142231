package io.cashpost.monitoring;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What monitoring checks.
 *
 * @param nightlyJob the job whose last run the {@code nightly} health group reports
 * @param nightlyMaxAge its last successful run may be this old before the group is DOWN
 * @param metricsRefresh how often the database-derived metrics are read again
 * @param sourceTimeout how long a check of an SFTP server's port may take
 */
@ConfigurationProperties("cashpost.monitoring")
@Validated
public record MonitoringProperties(@DefaultValue("nightlyJob") @NotNull String nightlyJob,
		@DefaultValue("26h") @NotNull Duration nightlyMaxAge, @DefaultValue("30s") @NotNull Duration metricsRefresh,
		@DefaultValue("3s") @NotNull Duration sourceTimeout) {

}
