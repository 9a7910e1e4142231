package io.cashpost.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test support: the dashboard as a browser without JavaScript uses it: the sign-in form,
 * a session cookie, and forms posted with (or, to prove the guard, without) their CSRF
 * token.
 */
final class FormSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private String session;

	private FormSession(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * Signs in through the form, as a person does.
	 * @param secret the user's password or one of its tokens
	 */
	static FormSession signIn(int port, String name, String secret) {
		FormSession browser = new FormSession(port);
		String csrf = browser.csrfOf("/login");
		ApiClient.Response signedIn = browser.post("/login", Map.of("username", name, "password", secret), csrf);
		if (signedIn.status() != 302 || signedIn.location().contains("error")) {
			throw new IllegalStateException(name + " could not sign in: " + signedIn);
		}
		return browser;
	}

	ApiClient.Response get(String path) {
		return send(request(path).header("Accept", "text/html").GET().build());
	}

	/** The CSRF token a page's forms carry. */
	String csrfOf(String path) {
		ApiClient.Response page = get(path);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException(path + " has no form with a CSRF token: " + page.status());
		}
		return token.group(1);
	}

	/**
	 * Posts a form.
	 * @param csrf the token, or {@code null} to leave it out
	 */
	ApiClient.Response post(String path, Map<String, String> fields, String csrf) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (csrf != null) {
			form.put("_csrf", csrf);
		}
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (this.session != null) {
			request.header("Cookie", "JSESSIONID=" + this.session);
		}
		return request;
	}

	private ApiClient.Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				Matcher session = SESSION.matcher(cookie);
				if (session.find()) {
					this.session = session.group(1);
				}
			}
			return new ApiClient.Response(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Link").orElse(null),
					response.headers().firstValue("Location").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
