package io.cashpost.job;

import io.cashpost.settlement.SettlementFiles;
import io.cashpost.settlement.SettlementStaging;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * What the pipeline needs for settlement reports: the readers that tell them, the job
 * that stages them, and the staging that discards a report refused half-way.
 */
@Component
class Settlements {

	private final SettlementFiles files;

	private final Job ingestSettlementJob;

	private final SettlementStaging staging;

	Settlements(SettlementFiles files, @Qualifier("ingestSettlementJob") Job ingestSettlementJob,
			SettlementStaging staging) {
		this.files = files;
		this.ingestSettlementJob = ingestSettlementJob;
		this.staging = staging;
	}

	SettlementFiles files() {
		return this.files;
	}

	Job job() {
		return this.ingestSettlementJob;
	}

	SettlementStaging staging() {
		return this.staging;
	}

}
