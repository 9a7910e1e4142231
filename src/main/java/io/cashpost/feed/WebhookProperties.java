package io.cashpost.feed;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered.
 *
 * @param pollInterval how often {@code serve} publishes the feed and delivers what is due
 * @param timeout how long one delivery may take (connect and answer)
 * @param retryDelays the waits after the first, second, ... failed attempt; after the
 * last one fails the delivery is given up (and shown as such)
 * @param batch deliveries sent per round
 */
@ConfigurationProperties("cashpost.webhooks")
@Validated
public record WebhookProperties(@DefaultValue("5s") @NotNull Duration pollInterval,
		@DefaultValue("10s") @NotNull Duration timeout, @DefaultValue( {
				"5s", "30s", "2m", "10m", "30m", "1h", "2h", "4h", "8h", "8h" }) @NotEmpty List<Duration> retryDelays,
		@DefaultValue("100") int batch){

}
