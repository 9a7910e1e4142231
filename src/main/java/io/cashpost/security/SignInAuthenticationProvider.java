package io.cashpost.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The dashboard's sign-in form: a user's name with its password, or with one of its API
 * tokens (so a user added by {@code user add} can sign in before setting a password).
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

	private final Users users;

	SignInAuthenticationProvider(Users users) {
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		Object credentials = authentication.getCredentials();
		Users.SignedIn user = this.users.signIn(name, (credentials != null) ? credentials.toString() : null)
			.orElseThrow(() -> new BadCredentialsException("unknown user, revoked user or wrong password"));
		return UsernamePasswordAuthenticationToken.authenticated(user.name(), null,
				List.of(new SimpleGrantedAuthority(user.role().authority())));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
