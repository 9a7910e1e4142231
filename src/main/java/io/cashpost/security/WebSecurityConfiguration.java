package io.cashpost.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who reaches what over HTTP. Nothing is open but the health probes and the sign-in page.
 * Scripts send {@code Authorization: Bearer <token>} (no session, no CSRF token needed);
 * people sign in to the dashboard with a form (session, CSRF on). API refusals are
 * problem details ({@code 401}, {@code 403}); the dashboard sends a stranger to the
 * sign-in page.
 * <p>
 * Roles include the ones below them: ADMIN &gt; TREASURY &gt; COLLECTOR, and ADMIN &gt;
 * METRICS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

	/** Paths that answer machines: JSON, CSV, problem details. */
	static final String[] API_PATHS = { "/api/**", "/files", "/files/**", "/jobs", "/jobs/**", "/v3/api-docs",
			"/v3/api-docs/**", "/actuator/**" };

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.TREASURY.name(), Role.METRICS.name())
			.role(Role.TREASURY.name())
			.implies(Role.COLLECTOR.name())
			.build();
	}

	@Bean
	SecurityFilterChain cashpostSecurity(HttpSecurity http, Users users) throws Exception {
		RequestMatcher api = api();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**", "/favicon.ico",
					"/error")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasRole(Role.METRICS.name())
			.requestMatchers("/actuator/**", "/api/users/**", "/api/webhooks/**", "/jobs/**", "/jobs", "/api/jobs/**",
					"/api/jobs", "/users/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/operations/jobs/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/files", "/files/**", "/api/files", "/api/files/**", "/api/exceptions",
					"/api/exceptions/**", "/exceptions", "/exceptions/**", "/operations", "/operations/**")
			.hasRole(Role.TREASURY.name())
			.anyRequest()
			.hasRole(Role.COLLECTOR.name()));
		http.addFilterBefore(new BearerTokenFilter(users), UsernamePasswordAuthenticationFilter.class);
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"));
		// CSRF guards what a session cookie authenticates: a request with a bearer token,
		// or an API request without any session, has nothing a forged form could borrow
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesToken,
				(request) -> request.getRequestedSessionId() == null && api.matches(request)));
		http.exceptionHandling(
				(errors) -> errors
					.defaultAuthenticationEntryPointFor((request, response, ex) -> ProblemResponses
						.unauthorized(request, response, "sign in: send Authorization: Bearer <token>"), api)
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
							(request) -> true)
					.defaultAccessDeniedHandlerFor(
							(request, response, ex) -> ProblemResponses.forbidden(request, response,
									"your role does not allow " + request.getMethod() + " " + request.getRequestURI()),
							api));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
				"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static RequestMatcher api() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher[] matchers = new RequestMatcher[API_PATHS.length + 1];
		for (int i = 0; i < API_PATHS.length; i++) {
			matchers[i] = paths.matcher(API_PATHS[i]);
		}
		matchers[API_PATHS.length] = (HttpServletRequest request) -> BearerTokenFilter.carriesToken(request);
		// the API's UI is a page for people: a browser is sent to sign in, a script gets
		// 401
		RequestMatcher ui = new OrRequestMatcher(paths.matcher("/swagger-ui.html"), paths.matcher("/swagger-ui/**"));
		RequestMatcher uiForScripts = (request) -> ui.matches(request) && !acceptsHtml(request);
		return new OrRequestMatcher(new OrRequestMatcher(matchers), uiForScripts);
	}

}
