package io.cashpost.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request: recorded with every action a person takes. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in user's name; {@code cashpost} when no one is (a job, a command). */
	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "cashpost";
	}

}
