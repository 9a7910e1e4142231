package io.cashpost.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes Spring Security's refusals as RFC 9457 problem details, like every other error
 * of the API: {@code 401} with a {@code WWW-Authenticate: Bearer} challenge, {@code 403}
 * naming what the role lacks.
 */
final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	static void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"cashpost\"");
		write(request, response, HttpStatus.UNAUTHORIZED, detail);
	}

	static void forbidden(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, detail);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
