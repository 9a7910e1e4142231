package io.cashpost.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every dashboard page shows around its content: who is signed in and what the role
 * lets them open.
 */
@ControllerAdvice(annotations = DashboardPage.class)
class DashboardModel {

	@ModelAttribute("viewer")
	Viewer viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Viewer("", false, false);
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean admin = roles.contains("ROLE_ADMIN");
		return new Viewer(authentication.getName(), admin || roles.contains("ROLE_TREASURY"), admin);
	}

	/**
	 * The signed-in user.
	 *
	 * @param name the user's name
	 * @param treasury whether the user works the exception queue and files
	 * @param admin whether the user runs jobs
	 */
	record Viewer(String name, boolean treasury, boolean admin) {
	}

}
