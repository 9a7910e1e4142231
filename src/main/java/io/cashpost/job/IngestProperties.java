package io.cashpost.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Chunk sizes of the jobs: how many items one database transaction carries.
 *
 * @param stagingChunkSize statement entries staged per transaction
 * @param matchingChunkSize payments matched and posted per transaction
 */
@ConfigurationProperties("cashpost.jobs")
@Validated
record IngestProperties(@DefaultValue("1000") @Min(1) @Max(100000) int stagingChunkSize,
		@DefaultValue("200") @Min(1) @Max(10000) int matchingChunkSize) {

}
