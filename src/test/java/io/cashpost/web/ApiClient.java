package io.cashpost.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test support: calls the running server over real HTTP, as a script would.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	ApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	Response get(String path, String token) {
		return send(request(path, token).GET().header("Accept", "application/json").build());
	}

	Response get(String path, String token, String accept) {
		return send(request(path, token).GET().header("Accept", accept).build());
	}

	Response post(String path, String token, String json) {
		return send(request(path, token).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	Response delete(String path, String token) {
		return send(request(path, token).DELETE().header("Accept", "application/json").build());
	}

	Response upload(String path, String token, String fileName, byte[] content) {
		String boundary = "cashpost-test-boundary";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = new byte[head.length() + content.length + tail.length()];
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
		System.arraycopy(content, 0, body, head.length(), content.length);
		System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + content.length,
				tail.length());
		return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Link").orElse(null),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param contentType its content type
	 * @param link the Link header
	 * @param location the Location header
	 * @param body the body
	 */
	record Response(int status, String contentType, String link, String location, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

	}

}
