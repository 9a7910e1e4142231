package io.cashpost.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.cashpost.CashpostWebTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.LedgerWriter;
import io.cashpost.security.Role;
import io.cashpost.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as scripts use it: JSON with amounts as strings, pages and cursors, CSV,
 * problem details for every error, actions recorded with who did them, the exception
 * queue resolved through the ledger.
 */
@CashpostWebTest
class ApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	ApiClient api;

	String collector;

	String treasury;

	LocalDate today;

	long exception;

	@BeforeEach
	void ledger() {
		TestDatabase.clear(this.jdbc);
		this.api = new ApiClient(this.port);
		this.collector = this.users.add("m.weber", Role.COLLECTOR, "test").token();
		this.treasury = this.users.add("t.kraus", Role.TREASURY, "test").token();
		this.today = LocalDate.now(this.clock);
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.customer("C-1", "Müller Maschinenbau GmbH").customer("C-2", "Van der Berg").customer("C-3", "Alpine");
		ledger.invoice("INV-1", "C-1", "EUR", "1000.00", this.today.minusDays(60), this.today.minusDays(30));
		ledger.invoice("INV-2", "C-1", "EUR", "250.00", this.today.minusDays(10), this.today.plusDays(20));
		ledger.invoice("INV-3", "C-2", "EUR", "400.00", this.today.minusDays(50), this.today.minusDays(20));
		ledger.invoice("INV-4", "C-3", "JPY", "15000", this.today.minusDays(50), this.today.minusDays(5));
		ledger.pay("INV-1", "300.00", this.clock.instant());
		this.exception = ledger.unplacedSuggesting("400.00", "EUR", "VAN DER BERG BV", "INV-3", "C-2",
				this.clock.instant());
	}

	@Test
	void aCustomerWithAmountsAsDecimalStringsBesideTheirCurrency() {
		ApiClient.Response response = this.api.get("/api/customers/C-1", this.collector);

		assertThat(response.status()).isEqualTo(200);
		JsonNode customer = response.json();
		assertThat(customer.get("name").asString()).isEqualTo("Müller Maschinenbau GmbH");
		JsonNode eur = customer.get("balances").get(0);
		assertThat(eur.get("currency").asString()).isEqualTo("EUR");
		assertThat(eur.get("open").isString()).isTrue();
		assertThat(eur.get("open").asString()).isEqualTo("950.00");
		assertThat(eur.get("overdue").asString()).isEqualTo("700.00");
		assertThat(eur.get("disputed").asString()).as("no dispute, nothing disputed").isEqualTo("0.00");
		assertThat(customer.get("openItems").get(0).get("daysPastDue").asInt()).isEqualTo(30);
		assertThat(customer.get("openItems").get(1).get("daysPastDue").asInt()).isZero();
		JsonNode yen = this.api.get("/api/customers/C-3", this.collector).json().get("balances").get(0);
		assertThat(yen.get("open").asString()).isEqualTo("15000");
	}

	@Test
	void listsPageWithACursorAndExportAsCsv() {
		JsonNode first = this.api.get("/api/customers?limit=2", this.collector).json();
		assertThat(first.get("items")).hasSize(2);
		String next = first.get("next").asString();
		JsonNode second = this.api.get("/api/customers?limit=2&cursor=" + next, this.collector).json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("items").get(0).get("customerId").asString()).isEqualTo("C-3");
		assertThat(second.get("next").isNull()).isTrue();

		ApiClient.Response csv = this.api.get("/api/customers?limit=2", this.collector, "text/csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("customer_id,name,currency,open,overdue\r\n")
			.contains("C-1,Müller Maschinenbau GmbH,EUR,950.00,700.00\r\n");
		assertThat(csv.link()).contains("cursor=" + next).endsWith("rel=\"next\"");
		assertThat(this.api.get("/api/customers?q=berg", this.collector).json().get("items")).hasSize(1);
	}

	@Test
	void everyListPagesWithALimitAndACursor() {
		String admin = this.users.add("admin", Role.ADMIN, "test").token();
		for (int day = 1; day <= 3; day++) {
			assertThat(this.api
				.post("/api/customers/C-1/promises", this.collector,
						"{\"currency\": \"EUR\", \"amount\": \"10.00\", \"promisedDate\": \"" + this.today.plusDays(day)
								+ "\"}")
				.status()).isEqualTo(201);
			assertThat(this.api.post("/api/customers/C-1/notes", this.collector, "{\"text\": \"call " + day + "\"}")
				.status()).isEqualTo(201);
			assertThat(this.api.post("/api/webhooks", admin, "{\"url\": \"https://collect.example/hook-" + day + "\"}")
				.status()).isEqualTo(201);
		}

		assertThat(pages("/api/customers/C-1/promises", "cursor", this.collector, "promisedDate")).containsExactly(
				List.of(this.today.plusDays(3).toString(), this.today.plusDays(2).toString()),
				List.of(this.today.plusDays(1).toString()));
		assertThat(pages("/api/customers/C-1/notes", "cursor", this.collector, "text"))
			.containsExactly(List.of("call 3", "call 2"), List.of("call 1"));
		assertThat(pages("/api/webhooks", "after", admin, "url")).containsExactly(
				List.of("https://collect.example/hook-1", "https://collect.example/hook-2"),
				List.of("https://collect.example/hook-3"));
		assertThat(pages("/api/users", "cursor", admin, "name")).containsExactly(List.of("admin", "m.weber"),
				List.of("t.kraus"));

		ApiClient.Response csv = this.api.get("/api/webhooks?limit=2", admin, "text/csv");
		assertThat(csv.link()).contains("after=").endsWith("rel=\"next\"");
		assertThat(this.api.get("/api/customers/C-1/promises?cursor=eA", this.collector).status()).isEqualTo(400);
	}

	/**
	 * Follows a list two items at a time to its end: the given field of each page's
	 * items.
	 */
	private List<List<String>> pages(String path, String cursorParameter, String token, String field) {
		List<List<String>> pages = new ArrayList<>();
		String next = null;
		do {
			String query = "?limit=2" + ((next != null) ? "&" + cursorParameter + "=" + next : "");
			ApiClient.Response response = this.api.get(path + query, token);
			assertThat(response.status()).as(path + query).isEqualTo(200);
			JsonNode page = response.json();
			List<String> values = new ArrayList<>();
			page.get("items").forEach((item) -> values.add(item.get(field).asString()));
			pages.add(values);
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (next != null && pages.size() < 10);
		return pages;
	}

	static Stream<Arguments> lists() {
		return Stream.of(Arguments.of("/api/customers", "customer_id,name,currency,open,overdue"),
				Arguments.of("/api/customers/C-1/payments", "occurred_at,kind,id,source,currency,amount"),
				Arguments.of("/api/customers/C-1/promises", "promise_id,customer_id,currency,amount,promised_date"),
				Arguments.of("/api/customers/C-1/notes", "note_id,customer_id,invoice_number,text"),
				Arguments.of("/api/disputes", "dispute_id,invoice_number,customer_id,currency,amount"),
				Arguments.of("/api/aging", "customer_id,customer_name,currency,current"),
				Arguments.of("/api/worklist", "customer_id,customer_name,currency,score,overdue"),
				Arguments.of("/api/feed", "id,type,occurred_at,customer_id"),
				Arguments.of("/api/exceptions", "exception_id,reason,status,created_at,age_days"),
				Arguments.of("/api/files", "file_id,received_at,source,file_name,status,format"),
				Arguments.of("/api/jobs", "execution_id,job,parameters,status"),
				Arguments.of("/api/kpis", "date,currency,receivables,current_receivables,credit_sales"),
				Arguments.of("/api/users", "name,role,created_at"),
				Arguments.of("/api/webhooks", "endpoint_id,url,event_types"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void everyListExportsAsCsv(String path, String firstColumns) {
		String admin = this.users.add("admin", Role.ADMIN, "test").token();

		ApiClient.Response csv = this.api.get(path, admin, "text/csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		String header = csv.body().substring(0, Math.max(0, csv.body().indexOf("\r\n")));
		assertThat(header).startsWith(firstColumns).matches("[a-z0-9_]+(,[a-z0-9_]+)*");
	}

	@Test
	void agingAsOfADayWithTotals() {
		JsonNode aging = this.api.get("/api/aging?asOf=" + this.today, this.collector).json();

		assertThat(aging.get("asOf").asString()).isEqualTo(this.today.toString());
		JsonNode muller = aging.get("items").get(0);
		assertThat(muller.get("customerId").asString()).isEqualTo("C-1");
		assertThat(muller.get("current").asString()).isEqualTo("250.00");
		assertThat(muller.get("overdue1To30").asString()).isEqualTo("700.00");
		assertThat(muller.get("total").asString()).isEqualTo("950.00");
		assertThat(aging.get("totals")).extracting((t) -> t.get("currency").asString()).containsExactly("EUR", "JPY");
		String csv = this.api.get("/api/aging", this.collector, "text/csv").body();
		assertThat(csv).startsWith("customer_id,customer_name,currency,current,overdue_1_to_30,overdue_31_to_60,"
				+ "overdue_61_to_90,overdue_91_to_120,overdue_over_120,total\r\n");
	}

	@Test
	void badRequestsAreProblemDetailsNeverStackTraces() {
		ApiClient.Response badDate = this.api.get("/api/aging?asOf=yesterday", this.collector);
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.isProblem()).isTrue();
		assertThat(badDate.body()).doesNotContain("at io.", "Exception:");

		ApiClient.Response unknown = this.api.get("/api/customers/C-404", this.collector);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("no customer C-404");
		assertThat(unknown.json().get("instance").asString()).isEqualTo("/api/customers/C-404");

		assertThat(this.api.get("/api/nothing-here", this.collector).status()).isEqualTo(404);
		assertThat(this.api.get("/api/customers?cursor=!!!", this.collector).status()).isEqualTo(400);
		assertThat(this.api.get("/api/customers?limit=0", this.collector).status()).isEqualTo(400);
		assertThat(this.api.get("/api/exceptions/999999", this.treasury).status()).isEqualTo(404);
		ApiClient.Response period = this.api.get("/api/kpis?from=2026-02-01&to=2026-01-01", this.collector);
		assertThat(period.status()).isEqualTo(400);
		assertThat(period.isProblem()).isTrue();
		ApiClient.Response broken = this.api.post("/api/customers/C-1/promises", this.collector, "{not json");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.isProblem()).isTrue();
	}

	@Test
	void collectorsActionsAreRecordedWithWhoDidThem() {
		ApiClient.Response promise = this.api.post("/api/customers/C-1/promises", this.collector,
				"{\"currency\": \"EUR\", \"amount\": \"700.00\", \"promisedDate\": \"" + this.today.plusDays(7)
						+ "\", \"note\": \"CFO on the phone\"}");
		assertThat(promise.status()).isEqualTo(201);
		assertThat(promise.json().get("createdBy").asString()).isEqualTo("m.weber");
		assertThat(promise.json().get("status").asString()).isEqualTo("open");

		ApiClient.Response past = this.api.post("/api/customers/C-1/promises", this.collector,
				"{\"currency\": \"EUR\", \"amount\": \"7\", \"promisedDate\": \"" + this.today.minusDays(1) + "\"}");
		assertThat(past.status()).isEqualTo(400);

		ApiClient.Response dispute = this.api.post("/api/customers/C-1/disputes", this.collector,
				"{\"invoiceNumber\": \"INV-1\", \"amount\": \"200.00\", \"reasonCode\": \"pricing\"}");
		assertThat(dispute.status()).isEqualTo(201);
		assertThat(dispute.json().get("openedBy").asString()).isEqualTo("m.weber");
		assertThat(this.api
			.post("/api/customers/C-1/disputes", this.collector,
					"{\"invoiceNumber\": \"INV-1\", \"reasonCode\": \"pricing\"}")
			.status()).isEqualTo(409);

		JsonNode row = this.api.get("/api/worklist?customer=C-1", this.collector).json().get("items").get(0);
		assertThat(row.get("blocked").asBoolean()).isTrue();
		assertThat(row.get("blocks").get(0).get("code").asString()).isEqualTo("promise");
		assertThat(row.get("disputed").asString()).isEqualTo("200.00");
		assertThat(row.get("disputedInvoices")).extracting(JsonNode::asString).containsExactly("INV-1");
		assertThat(this.api.get("/api/customers/C-1", this.collector)
			.json()
			.get("balances")
			.get(0)
			.get("disputed")
			.asString()).isEqualTo("200.00");
		JsonNode disputes = this.api.get("/api/disputes?after=0", this.collector).json();
		assertThat(disputes.get("items")).hasSize(1);
	}

	@Test
	void acceptingASuggestionResolvesThroughTheLedgerOnce() {
		JsonNode queue = this.api.get("/api/exceptions?reason=no_candidate", this.treasury).json();
		assertThat(queue.get("items")).hasSize(1);
		assertThat(queue.get("items").get(0).get("amount").asString()).isEqualTo("400.00");
		JsonNode detail = this.api.get("/api/exceptions/" + this.exception, this.treasury).json();
		assertThat(detail.get("suggestions").get(0).get("invoiceNumber").asString()).isEqualTo("INV-3");
		assertThat(detail.get("suggestions").get(0).get("openAmountNow").asString()).isEqualTo("400.00");
		assertThat(detail.get("payment").get("payer").asString()).isEqualTo("VAN DER BERG BV");
		assertThat(this.api.get("/api/worklist?customer=C-2", this.collector)
			.json()
			.get("items")
			.get(0)
			.get("blocks")
			.get(0)
			.get("code")
			.asString()).isEqualTo("payment_being_applied");

		ApiClient.Response resolved = this.api.post("/api/exceptions/" + this.exception + "/resolution", this.treasury,
				"{\"action\": \"accept_suggestion\", \"rank\": 1}");

		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.json().get("resolvedBy").asString()).isEqualTo("t.kraus");
		assertThat(resolved.json().get("detail").asString()).isEqualTo("assign INV-3=400.0000");
		assertThat(this.api.get("/api/customers/C-2", this.collector).json().get("openItems")).isEmpty();
		assertThat(
				this.api.get("/api/worklist?customer=C-2", this.collector).json().get("items").get(0).get("paidToday"))
			.hasSize(1);
		assertThat(this.jdbc.sql("select resolved_by from exception_resolution where exception_id = :id")
			.param("id", this.exception)
			.query(String.class)
			.single()).isEqualTo("t.kraus");
		ApiClient.Response again = this.api.post("/api/exceptions/" + this.exception + "/resolution", this.treasury,
				"{\"action\": \"dismiss\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("is resolved already");
	}

	@Test
	void theExceptionQueueFiltersByCurrencyAmountAndAge() {
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		long dollars = ledger.unplaced("75.00", "USD", "ACME INC", "US00ACME", null,
				this.clock.instant().minus(Duration.ofDays(10)));

		assertThat(exceptionIds("currency=USD")).containsExactly(dollars);
		assertThat(exceptionIds("currency=EUR")).containsExactly(this.exception);
		assertThat(exceptionIds("currency=CHF")).isEmpty();
		assertThat(exceptionIds("minAmount=100.00")).containsExactly(this.exception);
		assertThat(exceptionIds("maxAmount=100.00")).containsExactly(dollars);
		assertThat(exceptionIds("minAmount=75.00&maxAmount=75.00")).containsExactly(dollars);
		assertThat(exceptionIds("minAmount=500")).isEmpty();
		assertThat(exceptionIds("minAgeDays=5")).containsExactly(dollars);
		assertThat(exceptionIds("maxAgeDays=5")).containsExactly(this.exception);
		assertThat(exceptionIds("minAgeDays=10&maxAgeDays=10")).containsExactly(dollars);
		assertThat(exceptionIds("minAgeDays=11")).isEmpty();
		assertThat(this.api.get("/api/exceptions?minAmount=lots", this.treasury).status()).isEqualTo(400);
	}

	private List<Long> exceptionIds(String query) {
		ApiClient.Response response = this.api.get("/api/exceptions?" + query, this.treasury);
		assertThat(response.status()).as(query).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.json().get("items").forEach((item) -> ids.add(item.get("exceptionId").asLong()));
		return ids;
	}

	@Test
	void aPromiseIsKeptOnceTheCashIsPostedAndNoLongerBlocksChasing() {
		assertThat(this.api
			.post("/api/customers/C-1/promises", this.collector,
					"{\"currency\": \"EUR\", \"amount\": \"200.00\", \"promisedDate\": \"" + this.today.plusDays(7)
							+ "\"}")
			.status()).isEqualTo(201);
		assertThat(worklistBlocks("C-1")).contains("promise");

		new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager).pay("INV-1", "150.00",
				this.clock.instant().plusSeconds(60));
		JsonNode partly = this.api.get("/api/customers/C-1/promises", this.collector).json().get("items").get(0);
		assertThat(partly.get("status").asString()).isEqualTo("open");
		assertThat(partly.get("paid").asString()).isEqualTo("150.00");

		new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager).pay("INV-1", "50.00",
				this.clock.instant().plusSeconds(120));
		JsonNode kept = this.api.get("/api/customers/C-1/promises", this.collector).json().get("items").get(0);
		assertThat(kept.get("status").asString()).isEqualTo("kept");
		assertThat(kept.get("paid").asString()).isEqualTo("200.00");
		assertThat(worklistBlocks("C-1")).as("still overdue, but no longer waiting for a promise")
			.doesNotContain("promise");
	}

	private List<String> worklistBlocks(String customer) {
		JsonNode items = this.api.get("/api/worklist?customer=" + customer, this.collector).json().get("items");
		assertThat(items).as(customer + " on the worklist").hasSize(1);
		List<String> codes = new ArrayList<>();
		items.get(0).get("blocks").forEach((block) -> codes.add(block.get("code").asString()));
		return codes;
	}

	@Test
	void theFeedIsReadAfterTheLastIdSeen() {
		JsonNode first = this.api.get("/api/feed?after=0&limit=2", this.collector).json();
		assertThat(first.get("items")).extracting((e) -> e.get("type").asString())
			.containsExactly("payment.received", "allocation.posted");
		assertThat(first.get("items").get(1).get("amount").asString()).isEqualTo("300.00");
		String next = first.get("next").asString();
		assertThat(next).isEqualTo("2");
		JsonNode rest = this.api.get("/api/feed?after=" + next, this.collector).json();
		assertThat(rest.get("items")).extracting((e) -> e.get("id").asLong()).containsExactly(3L);
		assertThat(rest.get("next").isNull()).isTrue();
	}

	@Test
	void keyFiguresForAPeriod() {
		JsonNode kpis = this.api.get("/api/kpis?from=" + this.today.minusDays(29) + "&to=" + this.today, this.collector)
			.json();
		assertThat(kpis.get("windowDays").asInt()).isEqualTo(30);
		assertThat(kpis.get("currencies")).extracting((c) -> c.get("currency").asString())
			.containsExactly("EUR", "JPY");
		assertThat(kpis.get("autoMatched").asLong()).isEqualTo(1);
		assertThat(kpis.get("referred").asLong()).isEqualTo(1);
		assertThat(kpis.get("exceptionsOpen").asInt()).isEqualTo(1);
		assertThat(kpis.get("days")).hasSize(60);
	}

	@Test
	void theOpenApiDocumentDescribesEveryEndpointAndNoOther() {
		JsonNode openApi = this.api.get("/v3/api-docs", this.collector).json();
		assertThat(openApi.get("openapi").asString()).startsWith("3.");
		Set<String> documented = new TreeSet<>();
		openApi.get("paths").properties().forEach((path) -> path.getValue().propertyNames().forEach((method) -> {
			if (HTTP_METHODS.contains(method)) {
				documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
			}
		}));

		assertThat(documented).isEqualTo(mappedEndpoints()).contains("GET /api/customers", "POST /jobs/{name}/runs");
		assertThat(openApi.get("components").get("securitySchemes").has("bearer")).isTrue();
	}

	private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

	/**
	 * What the application serves under {@code /api}, {@code /files} and {@code /jobs}.
	 */
	private Set<String> mappedEndpoints() {
		Set<String> mapped = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach((mapping) -> {
			for (String pattern : mapping.getPatternValues()) {
				if (pattern.matches("/(api|files|jobs)(/.*)?")) {
					assertThat(mapping.getMethodsCondition().getMethods()).as(pattern + " names its methods")
						.isNotEmpty();
					mapping.getMethodsCondition()
						.getMethods()
						.forEach((method) -> mapped.add(method.name() + " " + pattern));
				}
			}
		});
		return mapped;
	}

	@Test
	void theFirstEndpointsKeepTheirContracts() {
		String admin = this.users.add("admin", Role.ADMIN, "test").token();
		ApiClient.Response files = this.api.get("/files", this.treasury);
		assertThat(files.status()).isEqualTo(200);
		assertThat(files.json().isArray()).isTrue();
		ApiClient.Response unknownJob = this.api.post("/jobs/nope/runs", admin, "");
		assertThat(unknownJob.status()).isEqualTo(400);
		assertThat(unknownJob.json().get("error").asString()).startsWith("unknown job 'nope'");
		assertThat(this.api.get("/jobs", admin).json().isArray()).isTrue();
	}

}
