package io.cashpost.job;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the jobs run.
 *
 * @param stagingChunkSize statement entries staged per transaction
 * @param matchingChunkSize payments matched and posted per transaction
 * @param invoiceChunkSize invoice rows staged per transaction
 * @param partitions how many partitions {@code matchAndPostStep} splits the payments
 * into, each matched on its own thread (keep it below the database pool size)
 * @param progressInterval how often long work logs its progress
 * @param dir the folder with the job definitions ({@code *.yaml})
 */
@ConfigurationProperties("cashpost.jobs")
@Validated
public record JobProperties(@DefaultValue("1000") @Min(1) @Max(100000) int stagingChunkSize,
		@DefaultValue("1000") @Min(1) @Max(10000) int matchingChunkSize,
		@DefaultValue("1000") @Min(1) @Max(100000) int invoiceChunkSize,
		@DefaultValue("2") @Min(1) @Max(64) int partitions, @DefaultValue("5s") Duration progressInterval,
		@DefaultValue("./jobs") Path dir) {

}
