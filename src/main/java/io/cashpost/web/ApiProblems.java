package io.cashpost.web;

import java.net.URI;

import io.cashpost.collection.ActionRefusedException;
import io.cashpost.feed.WebhookRefusedException;
import io.cashpost.job.JobUsageException;
import io.cashpost.posting.ResolutionRefusedException;
import io.cashpost.security.UserRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the HTTP API as RFC 9457 problem details
 * ({@code application/problem+json}), never a stack trace: Spring MVC's own (bad
 * parameters, unknown paths, wrong methods), and Cashpost's: {@code 404} for what does
 * not exist, {@code 400} for a request wrong in itself, {@code 409} for one that
 * conflicts with what is recorded (an exception resolved already, an invoice with less
 * open than assigned). Anything unexpected is {@code 500} with a reference to the log.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiProblems.class);

	@ExceptionHandler(ActionRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ActionRefusedException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return problem(status, ex.getMessage(), request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	@ExceptionHandler(ResolutionRefusedException.class)
	ResponseEntity<ProblemDetail> resolutionRefused(ResolutionRefusedException ex, HttpServletRequest request) {
		HttpStatus status = ex.getMessage().startsWith("no exception ") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
		return problem(status, ex.getMessage(), request);
	}

	@ExceptionHandler(UserRefusedException.class)
	ResponseEntity<ProblemDetail> userRefused(UserRefusedException ex, HttpServletRequest request) {
		HttpStatus status = ex.getMessage().startsWith("no user ") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
		return problem(status, ex.getMessage(), request);
	}

	@ExceptionHandler(WebhookRefusedException.class)
	ResponseEntity<ProblemDetail> webhookRefused(WebhookRefusedException ex, HttpServletRequest request) {
		return problem(ex.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	/**
	 * Kept with its {@code error} field: scripts written for the first trigger read it.
	 */
	@ExceptionHandler(JobUsageException.class)
	ResponseEntity<ProblemDetail> jobUsage(JobUsageException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, ex.getMessage(), request);
		response.getBody().setProperty("error", ex.getMessage());
		return response;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		String reference = Long.toHexString(System.nanoTime());
		log.error("unexpected error " + reference + " on " + request.getMethod() + " " + request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"something went wrong on our side (reference " + reference + " in the log)", request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).body(problem);
	}

}
