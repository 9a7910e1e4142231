package io.cashpost.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users of the HTTP API and the dashboard: added with a role and a first token, given
 * more tokens or a password for the sign-in form, revoked. A token's secret is returned
 * once, when issued, and never stored.
 */
@Service
public class Users {

	static final int MIN_PASSWORD_LENGTH = 12;

	private final JdbcUsers users;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Users(JdbcUsers users, ApiTokens tokens, PasswordEncoder passwords, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Adds a user with its first token.
	 * @param addedBy who adds it, for the record
	 * @throws UserRefusedException when the name is taken (also by a revoked user: names
	 * are never given twice, so the record of who did what stays unambiguous)
	 */
	@Transactional
	public IssuedToken add(String name, Role role, String addedBy) {
		if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
			throw new UserRefusedException(
					"a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', not '" + name + "'");
		}
		if (!this.users.insertUser(name, role, addedBy, this.clock.instant())) {
			throw new UserRefusedException("user " + name + " exists already (names are never given twice)");
		}
		return issueToken(name);
	}

	/** Issues one more token for a live user, e.g. to rotate the old one out. */
	@Transactional
	public IssuedToken issueToken(String name) {
		UserAccount user = live(name);
		String token = this.tokens.generate();
		if (!this.users.insertToken(name, ApiTokens.prefix(token), ApiTokens.sha256(token), this.clock.instant())) {
			throw new UserRefusedException("user " + name + " is revoked");
		}
		return new IssuedToken(name, user.role(), ApiTokens.prefix(token), token);
	}

	public List<UserAccount> list() {
		return this.users.list(null);
	}

	/**
	 * A page of users by name.
	 * @param after the last name of the previous page, or {@code null} for the first
	 */
	public List<UserAccount> list(String after, int limit) {
		return this.users.list(null, after, limit);
	}

	public Optional<UserAccount> find(String name) {
		return this.users.list(name).stream().findFirst();
	}

	/** Revokes the user and every token of it, at once: its next request is refused. */
	@Transactional
	public void revoke(String name, String revokedBy) {
		UserAccount user = find(name).orElseThrow(() -> new UserRefusedException("no user " + name));
		if (user.revoked()) {
			throw new UserRefusedException(
					"user " + name + " was revoked at " + user.revokedAt() + " by " + user.revokedBy());
		}
		this.users.revokeUser(name, revokedBy, this.clock.instant());
	}

	/**
	 * Revokes one token of a user, named by its visible prefix.
	 * @return whether a live token had that prefix
	 */
	@Transactional
	public boolean revokeToken(String name, String prefix) {
		live(name);
		return this.users.revokeTokens(name, prefix, this.clock.instant()) > 0;
	}

	/** Sets the password the dashboard's sign-in form accepts (tokens work there too). */
	@Transactional
	public void setPassword(String name, String password) {
		live(name);
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new UserRefusedException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		this.users.setPassword(name, this.passwords.encode(password));
	}

	/** The live user a live token belongs to; records that the token was used. */
	Optional<SignedIn> byToken(String token) {
		if (!ApiTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.users.byToken(ApiTokens.sha256(token)).map((owner) -> {
			this.users.touchToken(owner.tokenId(), this.clock.instant());
			return new SignedIn(owner.name(), owner.role());
		});
	}

	/**
	 * Checks the sign-in form: the user's password, or one of its live tokens.
	 */
	Optional<SignedIn> signIn(String name, String secret) {
		if (name == null || secret == null) {
			return Optional.empty();
		}
		Optional<JdbcUsers.SignIn> user = this.users.signIn(name);
		if (user.isEmpty()) {
			return Optional.empty();
		}
		String hash = user.get().passwordHash();
		if (hash != null && this.passwords.matches(secret, hash)) {
			return Optional.of(new SignedIn(name, user.get().role()));
		}
		return byToken(secret).filter((owner) -> owner.name().equals(name));
	}

	private UserAccount live(String name) {
		UserAccount user = find(name).orElseThrow(() -> new UserRefusedException("no user " + name));
		if (user.revoked()) {
			throw new UserRefusedException("user " + name + " is revoked");
		}
		return user;
	}

	/** Who a request is made by. */
	record SignedIn(String name, Role role) {
	}

}
