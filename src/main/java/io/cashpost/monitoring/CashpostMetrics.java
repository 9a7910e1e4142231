package io.cashpost.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Cashpost's metrics for Prometheus, read from the database every {@code metrics-refresh}
 * (not on each scrape), so runs of any process count: files and entries by format and
 * outcome, the auto-match rate of the last 24 hours, exceptions open by reason and the
 * oldest one's age, each job's last run (duration, failed) and last success, postings and
 * allocations written (counters: {@code rate()} is the throughput), the feed's outbox and
 * webhook deliveries waiting. Only {@code serve} (the web application) publishes them.
 */
@Component
@ConditionalOnWebApplication
class CashpostMetrics implements MeterBinder, DisposableBean {

	private static final Log logger = LogFactory.getLog(CashpostMetrics.class);

	private final MetricsQueries queries;

	private final MonitoringProperties properties;

	private final AtomicReference<MetricsQueries.Snapshot> snapshot = new AtomicReference<>();

	private final AtomicLong postings = new AtomicLong();

	private final AtomicLong allocations = new AtomicLong();

	private final List<MultiGauge> tagged = new ArrayList<>();

	private ThreadPoolTaskScheduler scheduler;

	CashpostMetrics(MetricsQueries queries, MonitoringProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("cashpost.auto.match.ratio", this, (m) -> m.value(MetricsQueries.Snapshot::autoMatchRatio))
			.description("receipts posted automatically / receipts decided, last 24 hours")
			.register(registry);
		Gauge
			.builder("cashpost.exceptions.oldest.age", this,
					(m) -> m.value(MetricsQueries.Snapshot::oldestExceptionAge))
			.description("age of the oldest open exception")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("cashpost.feed.outbox", this, (m) -> m.value(MetricsQueries.Snapshot::outbox))
			.description("ledger events not yet published to the payment feed")
			.register(registry);
		FunctionCounter.builder("cashpost.postings", this.postings, AtomicLong::get)
			.description("journal entries posted since start")
			.register(registry);
		FunctionCounter.builder("cashpost.allocations", this.allocations, AtomicLong::get)
			.description("allocations to invoices or on account posted since start")
			.register(registry);
		for (String name : List.of("cashpost.files", "cashpost.entries", "cashpost.exceptions.open",
				"cashpost.job.last.duration", "cashpost.job.last.success", "cashpost.job.last.failed",
				"cashpost.webhooks.deliveries")) {
			MultiGauge.Builder gauge = MultiGauge.builder(name).description(describe(name));
			if (name.equals("cashpost.job.last.duration") || name.equals("cashpost.job.last.success")) {
				gauge.baseUnit("seconds");
			}
			this.tagged.add(gauge.register(registry));
		}
		refresh();
		this.scheduler = new ThreadPoolTaskScheduler();
		this.scheduler.setThreadNamePrefix("cashpost-metrics-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(this::refresh, this.properties.metricsRefresh());
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
		}
	}

	void refresh() {
		try {
			MetricsQueries.Snapshot read = this.queries.read();
			MetricsQueries.Snapshot previous = this.snapshot.getAndSet(read);
			if (previous != null) {
				this.postings.addAndGet(Math.max(0, read.postingsSeen() - previous.postingsSeen()));
				this.allocations.addAndGet(Math.max(0, read.allocationsSeen() - previous.allocationsSeen()));
			}
			for (int i = 0; i < this.tagged.size(); i++) {
				this.tagged.get(i).register(rows(read.tagged().get(i)), true);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("metrics could not be read: " + ex.getMessage());
		}
	}

	private static List<MultiGauge.Row<?>> rows(List<MetricsQueries.TaggedValue> values) {
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		for (MetricsQueries.TaggedValue value : values) {
			rows.add(MultiGauge.Row.of(Tags.of(value.tags()), value.value()));
		}
		return rows;
	}

	private double value(java.util.function.ToDoubleFunction<MetricsQueries.Snapshot> read) {
		MetricsQueries.Snapshot current = this.snapshot.get();
		return (current != null) ? read.applyAsDouble(current) : Double.NaN;
	}

	private static String describe(String name) {
		return switch (name) {
			case "cashpost.files" -> "statement files by format and status (refused: duplicates)";
			case "cashpost.entries" -> "statement entries by format and outcome";
			case "cashpost.exceptions.open" -> "open exceptions by reason";
			case "cashpost.job.last.duration" -> "how long each job's last run took, seconds";
			case "cashpost.job.last.success" -> "when each job's last completed run ended, seconds since the epoch";
			case "cashpost.job.last.failed" -> "1 when each job's last run failed";
			default -> "webhook deliveries by state";
		};
	}

}
