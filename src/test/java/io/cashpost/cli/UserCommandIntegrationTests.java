package io.cashpost.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code user add|list|revoke|token|password}: the token is printed once, alone on the
 * last line, and only its hash is kept.
 */
@CashpostIntegrationTest
class UserCommandIntegrationTests {

	@Autowired
	CommandDispatcher commands;

	@Autowired
	UserCommand userCommand;

	@Autowired
	JdbcClient jdbc;

	ByteArrayOutputStream out;

	ByteArrayOutputStream err;

	@BeforeEach
	void clean() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void addPrintsTheTokenAloneOnTheLastLineAndKeepsOnlyItsHash() {
		assertThat(run("add", "m.weber", "--role", "collector")).isZero();

		String[] lines = this.out.toString(StandardCharsets.UTF_8).split("\n");
		String token = lines[lines.length - 1];
		assertThat(token).matches("cp_[A-Za-z0-9_-]{43}");
		assertThat(lines[0]).startsWith("user m.weber added with role COLLECTOR");
		assertThat(this.jdbc.sql("select count(*) from api_token where sha256 = encode(sha256(:token::bytea), 'hex')")
			.param("token", token)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from api_token t, app_user u
				 where position(:token in concat(t.prefix, t.sha256, u.name, u.password_hash)) > 0
				""").param("token", token).query(Integer.class).single()).isZero();
	}

	@Test
	void listShowsRolesAndTokenPrefixesNeverTokens() {
		run("add", "m.weber", "--role", "COLLECTOR");
		String token = lastLine();
		run("add", "treasury-bot", "--role", "TREASURY");

		assertThat(run("list")).isZero();

		String listing = this.out.toString(StandardCharsets.UTF_8);
		assertThat(listing).contains("m.weber", "COLLECTOR", "treasury-bot", "TREASURY", token.substring(0, 10) + "…");
		assertThat(listing).doesNotContain(token);
	}

	@Test
	void aNameIsGivenOnceAndARevokedUserStaysRevoked() {
		run("add", "m.weber", "--role", "COLLECTOR");
		assertThat(run("add", "m.weber", "--role", "ADMIN")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("user m.weber exists already");

		assertThat(run("revoke", "m.weber")).isZero();
		assertThat(
				this.jdbc.sql("select count(*) from api_token where revoked_at is null").query(Integer.class).single())
			.isZero();
		assertThat(run("token", "m.weber")).isEqualTo(1);
		assertThat(run("list")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).containsPattern("m\\.weber +COLLECTOR +revoked");
	}

	@Test
	void badUsageExitsTwo() {
		assertThat(run("add", "m.weber")).isEqualTo(2);
		assertThat(run("add", "m.weber", "--role", "BOSS")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unknown role 'BOSS'");
		assertThat(run("frobnicate")).isEqualTo(2);
	}

	@Test
	void aPasswordIsReadFromStdinAndStoredHashed() {
		run("add", "m.weber", "--role", "COLLECTOR");
		this.userCommand.readPasswordsFrom(
				() -> new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
		try {
			assertThat(run("password", "m.weber")).isZero();
		}
		finally {
			this.userCommand.readPasswordsFrom(() -> System.in);
		}
		String hash = this.jdbc.sql("select password_hash from app_user where name = 'm.weber'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("horse");
	}

	private int run(String... args) {
		this.out = new ByteArrayOutputStream();
		this.err = new ByteArrayOutputStream();
		return this.commands.dispatch("user", List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String lastLine() {
		String[] lines = this.out.toString(StandardCharsets.UTF_8).split("\n");
		return lines[lines.length - 1];
	}

}
