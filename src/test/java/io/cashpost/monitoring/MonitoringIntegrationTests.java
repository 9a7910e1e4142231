package io.cashpost.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.cashpost.CashpostWebTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.LedgerWriter;
import io.cashpost.security.Role;
import io.cashpost.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health groups and Prometheus metrics, as the monitoring system reads them.
 */
@CashpostWebTest
class MonitoringIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CashpostMetrics metrics;

	@Autowired
	io.cashpost.feed.WebhookEndpoints webhooks;

	@Autowired
	io.cashpost.feed.PaymentFeed feed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	String admin;

	String prometheus;

	LedgerWriter ledger;

	@BeforeEach
	void ledger() {
		TestDatabase.clear(this.jdbc);
		this.admin = this.users.add("admin", Role.ADMIN, "test").token();
		this.prometheus = this.users.add("prometheus", Role.METRICS, "test").token();
		this.ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		this.ledger.customer("C-1", "Müller");
		LocalDate today = LocalDate.now(this.clock);
		this.ledger.invoice("INV-1", "C-1", "EUR", "100.00", today.minusDays(40), today.minusDays(10));
		this.ledger.pay("INV-1", "100.00", this.clock.instant());
		this.ledger.unplaced("5.00", "EUR", "Unbekannt", null, null, this.clock.instant().minus(Duration.ofHours(2)));
	}

	@Test
	void prometheusReadsFilesEntriesExceptionsJobsAndPostings() throws Exception {
		nightlyRun("COMPLETED", Instant.now().minus(Duration.ofHours(3)));
		this.metrics.refresh();
		String before = get("/actuator/prometheus", this.prometheus).body();
		this.ledger.invoice("INV-2", "C-1", "EUR", "50.00", LocalDate.now(this.clock), LocalDate.now(this.clock));
		this.ledger.pay("INV-2", "50.00", this.clock.instant());
		this.metrics.refresh();

		HttpResponse<String> scrape = get("/actuator/prometheus", this.prometheus);

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body())
			.contains("cashpost_files{application=\"cashpost\",format=\"camt.053.001.08\",status=\"ingested\"} 1.0")
			.contains("cashpost_entries{application=\"cashpost\",format=\"camt.053.001.08\",outcome=\"posted\"} 3.0")
			.contains("cashpost_exceptions_open{application=\"cashpost\",reason=\"no_candidate\"} 1.0")
			.contains("cashpost_auto_match_ratio{application=\"cashpost\"} 0.6666")
			.contains("cashpost_job_last_failed{application=\"cashpost\",job=\"nightlyJob\"} 0.0")
			.contains("cashpost_job_last_duration_seconds{application=\"cashpost\",job=\"nightlyJob\"} 600.0")
			.contains("cashpost_job_last_success_seconds{application=\"cashpost\",job=\"nightlyJob\"}")
			.containsPattern("cashpost_exceptions_oldest_age_seconds\\{application=\"cashpost\"} 7[0-9]{3}");
		// one receipt with its allocation posted between the two scrapes
		assertThat(counter(scrape.body(), "cashpost_postings_total") - counter(before, "cashpost_postings_total"))
			.isEqualTo(1.0);
		assertThat(counter(scrape.body(), "cashpost_allocations_total") - counter(before, "cashpost_allocations_total"))
			.isEqualTo(1.0);
		assertThat(get("/actuator/prometheus", this.users.add("c", Role.COLLECTOR, "t").token()).statusCode())
			.isEqualTo(403);
	}

	@Test
	void theDashboardAndAlertRulesInOpsUseMetricsThatExist() throws Exception {
		nightlyRun("COMPLETED", Instant.now().minus(Duration.ofHours(3)));
		this.webhooks.register("http://127.0.0.1:9/nowhere", java.util.List.of(), null, "admin");
		this.ledger.unplaced("7.00", "EUR", "Unbekannt", null, null, this.clock.instant());
		this.feed.publish();
		this.metrics.refresh();
		String scrape = get("/actuator/prometheus", this.prometheus).body();
		for (String file : new String[] { "ops/prometheus/cashpost-alerts.yml",
				"ops/grafana/cashpost-dashboard.json" }) {
			java.util.regex.Matcher names = java.util.regex.Pattern.compile("cashpost_[a-z_]+")
				.matcher(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
			while (names.find()) {
				assertThat(scrape).as(file + " uses " + names.group()).contains("\n" + names.group());
			}
		}
	}

	@Test
	void healthGroupsTellDatabaseNightlyAndIntakeApart() throws Exception {
		nightlyRun("COMPLETED", Instant.now().minus(Duration.ofHours(3)));
		assertThat(health("database").get("status").asString()).isEqualTo("UP");
		assertThat(health("intake").get("status").asString()).isEqualTo("UP");
		JsonNode nightly = health("nightly");
		assertThat(nightly.get("status").asString()).isEqualTo("UP");

		nightlyRun("FAILED", Instant.now().minus(Duration.ofHours(1)));
		JsonNode failed = health("nightly");
		assertThat(failed.get("status").asString()).isEqualTo("DOWN");
		assertThat(failed.get("components").get("nightlyRun").get("details").get("lastStatus").asString())
			.isEqualTo("FAILED");
		assertThat(get("/actuator/health/nightly", null).statusCode()).isEqualTo(503);
	}

	@Test
	void aNightlyRunTooLongAgoIsDown() throws Exception {
		nightlyRun("COMPLETED", Instant.now().minus(Duration.ofHours(30)));
		assertThat(health("nightly").get("status").asString()).isEqualTo("DOWN");
	}

	private static double counter(String scrape, String name) {
		return scrape.lines()
			.filter((line) -> line.startsWith(name + "{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode health(String group) throws Exception {
		return JsonMapper.builder().build().readTree(get("/actuator/health/" + group, this.admin).body());
	}

	private void nightlyRun(String status, Instant ended) {
		long instance = this.jdbc
			.sql("""
					insert into batch_job_instance (job_instance_id, version, job_name, job_key)
					values (nextval('batch_job_instance_seq'), 0, 'nightlyJob', md5(random()::text)) returning job_instance_id
					""")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,
				                                 end_time, status, exit_code, exit_message)
				values (nextval('batch_job_execution_seq'), 0, :instance, :started, :started, :ended, :status, :status,
				        case when :status = 'FAILED' then 'could not reach sftp:bank-a' else '' end)
				""")
			.param("instance", instance)
			.param("started", Timestamp.from(ended.minus(Duration.ofMinutes(10))))
			.param("ended", Timestamp.from(ended))
			.param("status", status)
			.update();
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
