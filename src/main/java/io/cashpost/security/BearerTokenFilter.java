package io.cashpost.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} for this request only (nothing is
 * kept in a session). A token that is unknown, malformed or revoked is answered
 * {@code 401} at once rather than treated as anonymous, so a script learns its token is
 * bad instead of reading a login page.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final Users users;

	BearerTokenFilter(Users users) {
		this.users = users;
	}

	/** Whether the request carries a bearer token (and so needs no CSRF token). */
	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader("Authorization").substring(BEARER.length()).strip();
		Users.SignedIn user = this.users.byToken(token).orElse(null);
		if (user == null) {
			ProblemResponses.unauthorized(request, response, "the bearer token is unknown or revoked");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.name(), null,
				List.of(new SimpleGrantedAuthority(user.role().authority()))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
