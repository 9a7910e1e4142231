package io.cashpost.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.LedgerWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a local receiver that fails twice, then accepts: delivered once more
 * each time after the backoff, signed so the receiver can verify it, never again once
 * accepted.
 */
@CashpostIntegrationTest
class WebhookDeliveryIntegrationTests {

	@Autowired
	WebhookEndpoints endpoints;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	PaymentFeed feed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	HttpServer receiver;

	final List<Received> received = new CopyOnWriteArrayList<>();

	final AtomicInteger failuresLeft = new AtomicInteger(2);

	@BeforeEach
	void receiver() throws IOException {
		TestDatabase.clear(this.jdbc);
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hooks", this::receive);
		this.receiver.start();
	}

	@AfterEach
	void stop() {
		this.receiver.stop(0);
	}

	@Test
	void failsTwiceThenIsDeliveredOnceSignedAndVerifiable() throws Exception {
		WebhookEndpoint endpoint = this.endpoints.register(
				"http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks", List.of("allocation.posted"),
				"the collection tool", "admin");
		assertThat(endpoint.secret()).startsWith("whsec_");
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.customer("C-1", "Müller");
		LocalDate today = LocalDate.now(this.clock);
		ledger.invoice("INV-1", "C-1", "EUR", "250.00", today.minusDays(30), today);
		ledger.pay("INV-1", "250.00", this.clock.instant());
		this.feed.publish();
		Instant now = this.clock.instant().plusSeconds(1);

		assertThat(this.dispatcher.deliverDue(now)).isEqualTo(1);
		assertThat(this.dispatcher.deliverDue(now.plusSeconds(2))).as("waits 5s after the first failure").isZero();
		assertThat(this.dispatcher.deliverDue(now.plusSeconds(6))).isEqualTo(1);
		assertThat(this.dispatcher.deliverDue(now.plusSeconds(20))).as("waits 30s after the second").isZero();
		assertThat(this.dispatcher.deliverDue(now.plusSeconds(40))).isEqualTo(1);
		assertThat(this.dispatcher.deliverDue(now.plus(Duration.ofDays(1)))).as("delivered: never again").isZero();

		assertThat(this.received).hasSize(3);
		assertThat(this.received).extracting(Received::id).containsOnly("feed_2");
		assertThat(this.received).extracting(Received::body).containsOnly(this.received.get(0).body());
		for (Received message : this.received) {
			assertThat(message.signature()).isEqualTo(expectedSignature(endpoint.secret(), message));
		}
		String body = this.received.get(0).body();
		assertThat(body).startsWith("{\"type\":\"allocation.posted\",\"timestamp\":\"");
		assertThat(body).contains("\"invoiceNumber\":\"INV-1\"", "\"amount\":\"250.00\"", "\"customerId\":\"C-1\"");
		WebhookEndpoint after = this.endpoints.find(endpoint.endpointId());
		assertThat(after.delivered()).isEqualTo(1);
		assertThat(after.pending()).isZero();
		assertThat(after.secret()).isNull();
	}

	@Test
	void aReceiverThatNeverAcceptsIsGivenUpAfterTheLastRetry() {
		this.failuresLeft.set(Integer.MAX_VALUE);
		WebhookEndpoint endpoint = this.endpoints
			.register("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks", List.of(), null, "admin");
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.unplaced("10.00", "EUR", "Unbekannt", null, null, this.clock.instant());
		this.feed.publish();

		Instant at = this.clock.instant().plusSeconds(1);
		for (int attempt = 0; attempt < 11; attempt++) {
			this.dispatcher.deliverDue(at);
			at = at.plus(Duration.ofHours(9));
		}

		assertThat(this.received).hasSize(11);
		assertThat(this.endpoints.find(endpoint.endpointId()).gaveUp()).isEqualTo(1);
		assertThat(this.dispatcher.deliverDue(at.plus(Duration.ofDays(10)))).isZero();
	}

	/**
	 * What a receiver does to verify: HMAC-SHA256 over id.timestamp.body with the key.
	 */
	private static String expectedSignature(String secret, Received message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		byte[] signed = mac.doFinal(
				(message.id() + "." + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(signed);
	}

	private void receive(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
				exchange.getRequestHeaders().getFirst("webhook-timestamp"),
				exchange.getRequestHeaders().getFirst("webhook-signature"), body));
		int status = (this.failuresLeft.getAndDecrement() > 0) ? 503 : 204;
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	record Received(String id, String timestamp, String signature, String body) {
	}

}
