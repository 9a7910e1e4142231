package io.cashpost.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.cashpost.CashpostWebTest;
import io.cashpost.TestDatabase;
import io.cashpost.security.Role;
import io.cashpost.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role reaches exactly what it should: per endpoint, no token is 401, a role below
 * the one needed is 403 (both as problem details), the roles that may are let through.
 */
@CashpostWebTest
class ApiAccessIntegrationTests {

	private static final Set<Role> COLLECTOR_UP = Set.of(Role.COLLECTOR, Role.TREASURY, Role.ADMIN);

	private static final Set<Role> TREASURY_UP = Set.of(Role.TREASURY, Role.ADMIN);

	private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	final Map<Role, String> tokens = new EnumMap<>(Role.class);

	@BeforeEach
	void usersOfEveryRole() {
		TestDatabase.clear(this.jdbc);
		this.api = new ApiClient(this.port);
		for (Role role : Role.values()) {
			this.tokens.put(role, this.users.add("user-" + role.name().toLowerCase(), role, "test").token());
		}
		this.jdbc.sql("insert into customer (customer_id, name) values ('C-1', 'Müller')").update();
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(endpoint("GET", "/api/customers", COLLECTOR_UP),
				endpoint("GET", "/api/customers/C-1", COLLECTOR_UP),
				endpoint("GET", "/api/customers/C-1/payments", COLLECTOR_UP),
				endpoint("GET", "/api/customers/C-1/promises", COLLECTOR_UP),
				endpoint("GET", "/api/customers/C-1/notes", COLLECTOR_UP),
				endpoint("POST", "/api/customers/C-1/notes", COLLECTOR_UP),
				endpoint("POST", "/api/customers/C-1/promises", COLLECTOR_UP),
				endpoint("POST", "/api/customers/C-1/disputes", COLLECTOR_UP),
				endpoint("POST", "/api/customers/C-1/holds", COLLECTOR_UP),
				endpoint("GET", "/api/disputes", COLLECTOR_UP), endpoint("GET", "/api/disputes/1", COLLECTOR_UP),
				endpoint("POST", "/api/disputes/1/resolution", COLLECTOR_UP),
				endpoint("POST", "/api/holds/1/release", COLLECTOR_UP), endpoint("GET", "/api/aging", COLLECTOR_UP),
				endpoint("GET", "/api/aging?asOf=2026-01-31", COLLECTOR_UP),
				endpoint("GET", "/api/worklist", COLLECTOR_UP), endpoint("GET", "/api/feed?after=0", COLLECTOR_UP),
				endpoint("GET", "/api/kpis", COLLECTOR_UP), endpoint("GET", "/v3/api-docs", COLLECTOR_UP),
				endpoint("GET", "/api/exceptions", TREASURY_UP), endpoint("GET", "/api/exceptions/1", TREASURY_UP),
				endpoint("POST", "/api/exceptions/1/resolution", TREASURY_UP),
				endpoint("GET", "/api/files", TREASURY_UP), endpoint("GET", "/files", TREASURY_UP),
				endpoint("UPLOAD", "/files", TREASURY_UP), endpoint("UPLOAD", "/api/files", TREASURY_UP),
				endpoint("GET", "/api/jobs", ADMIN), endpoint("GET", "/jobs", ADMIN),
				endpoint("POST", "/jobs/nope/runs", ADMIN), endpoint("POST", "/api/jobs/nope/runs", ADMIN),
				endpoint("GET", "/api/users", ADMIN), endpoint("POST", "/api/users", ADMIN),
				endpoint("POST", "/api/users/nobody/tokens", ADMIN), endpoint("DELETE", "/api/users/nobody", ADMIN),
				endpoint("GET", "/api/webhooks", ADMIN), endpoint("POST", "/api/webhooks", ADMIN),
				endpoint("DELETE", "/api/webhooks/1", ADMIN),
				endpoint("GET", "/actuator/prometheus", Set.of(Role.ADMIN, Role.METRICS)),
				endpoint("GET", "/actuator/metrics", ADMIN));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("endpoints")
	void eachRoleReachesExactlyWhatItShould(String method, String path, Set<Role> allowed) {
		ApiClient.Response anonymous = call(method, path, null);
		assertThat(anonymous.status()).as("no token").isEqualTo(401);
		assertThat(anonymous.isProblem()).as("401 as a problem detail").isTrue();
		for (Role role : Role.values()) {
			ApiClient.Response response = call(method, path, this.tokens.get(role));
			if (allowed.contains(role)) {
				assertThat(response.status()).as(role + " may").isNotIn(401, 403);
			}
			else {
				assertThat(response.status()).as(role + " may not").isEqualTo(403);
				assertThat(response.isProblem()).isTrue();
				assertThat(response.json().get("status").asInt()).isEqualTo(403);
			}
		}
	}

	static Stream<Arguments> pages() {
		return Stream.of(page("/", COLLECTOR_UP), page("/customers", COLLECTOR_UP),
				page("/customers/C-1", COLLECTOR_UP), page("/worklist", COLLECTOR_UP), page("/exceptions", TREASURY_UP),
				page("/operations", TREASURY_UP));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void eachRoleSignedInReachesExactlyTheDashboardPagesItShould(String path, Set<Role> allowed) {
		ApiClient.Response stranger = this.api.get(path, null, "text/html");
		assertThat(stranger.status()).as("no session").isEqualTo(302);
		assertThat(stranger.location()).endsWith("/login");
		for (Role role : Role.values()) {
			FormSession session = FormSession.signIn(this.port, "user-" + role.name().toLowerCase(),
					this.tokens.get(role));
			ApiClient.Response page = session.get(path);
			if (allowed.contains(role)) {
				assertThat(page.status()).as(role + " may").isEqualTo(200);
				assertThat(page.contentType()).startsWith("text/html");
			}
			else {
				assertThat(page.status()).as(role + " may not").isEqualTo(403);
			}
		}
	}

	@Test
	void aDashboardFormPostedWithoutItsCsrfTokenIsRefused() {
		FormSession session = FormSession.signIn(this.port, "user-collector", this.tokens.get(Role.COLLECTOR));

		ApiClient.Response forged = session.post("/customers/C-1/notes", Map.of("text", "forged"), null);
		assertThat(forged.status()).isEqualTo(403);
		assertThat(notes()).isEmpty();

		String csrf = session.csrfOf("/customers/C-1");
		ApiClient.Response posted = session.post("/customers/C-1/notes", Map.of("text", "called, no answer"), csrf);
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).doesNotContain("/login").doesNotContain("error");
		assertThat(notes()).containsExactly("called, no answer");
	}

	private List<String> notes() {
		return this.jdbc.sql("select text from collection_note where customer_id = 'C-1' order by note_id")
			.query(String.class)
			.list();
	}

	@Test
	void theApiUiNeedsASignedInUser() {
		ApiClient.Response entry = this.api.get("/swagger-ui.html", this.tokens.get(Role.COLLECTOR), "text/html");
		assertThat(entry.status()).isIn(200, 302);
		ApiClient.Response withToken = this.api.get("/swagger-ui/index.html", this.tokens.get(Role.COLLECTOR),
				"text/html");
		assertThat(withToken.status()).isEqualTo(200);
		assertThat(withToken.body()).containsIgnoringCase("swagger");
		FormSession session = FormSession.signIn(this.port, "user-collector", this.tokens.get(Role.COLLECTOR));
		assertThat(session.get("/swagger-ui/index.html").status()).isEqualTo(200);

		ApiClient.Response script = this.api.get("/swagger-ui/index.html", null, "application/json");
		assertThat(script.status()).as("a script without a token").isEqualTo(401);
		assertThat(script.isProblem()).isTrue();
		assertThat(this.api.get("/swagger-ui.html", null, "*/*").status()).isEqualTo(401);
		ApiClient.Response browser = this.api.get("/swagger-ui/index.html", null, "text/html");
		assertThat(browser.status()).as("a browser is sent to sign in").isEqualTo(302);
		assertThat(browser.location()).endsWith("/login");
	}

	@Test
	void healthIsOpenAndSaysNoMoreThanUpToStrangers() {
		ApiClient.Response health = this.api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
		assertThat(this.api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
	}

	@Test
	void anUnknownOrRevokedTokenIsRefusedAtOnce() {
		ApiClient.Response unknown = this.api.get("/api/customers", "cp_" + "A".repeat(43));
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("the bearer token is unknown or revoked");

		this.users.revoke("user-collector", "test");
		assertThat(this.api.get("/api/customers", this.tokens.get(Role.COLLECTOR)).status()).isEqualTo(401);
		assertThat(this.api.get("/api/customers", "not a token at all").status()).isEqualTo(401);
	}

	@Test
	void theDashboardSendsStrangersToTheSignInPage() {
		ApiClient.Response page = this.api.get("/", null, "text/html");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
		assertThat(this.api.get("/login", null, "text/html").status()).isEqualTo(200);
	}

	@Test
	void aBearerTokenNeedsNoCsrfTokenButTheSessionDoes() {
		assertThat(this.api
			.post("/api/customers/C-1/notes", this.tokens.get(Role.COLLECTOR), "{\"text\": \"called, no answer\"}")
			.status()).isEqualTo(201);
	}

	private ApiClient.Response call(String method, String path, String token) {
		return switch (method) {
			case "GET" -> this.api.get(path, token);
			case "POST" -> this.api.post(path, token, "{}");
			case "DELETE" -> this.api.delete(path, token);
			case "UPLOAD" -> this.api.upload(path, token, "junk.txt", "not a statement".getBytes());
			default -> throw new IllegalArgumentException(method);
		};
	}

	private static Arguments page(String path, Set<Role> allowed) {
		return Arguments.of(path, allowed);
	}

	private static Arguments endpoint(String method, String path, Set<Role> allowed) {
		return Arguments.of(method, path, allowed);
	}

	static List<Role> roles() {
		return List.of(Role.values());
	}

}
