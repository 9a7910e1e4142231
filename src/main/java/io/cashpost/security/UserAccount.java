package io.cashpost.security;

import java.time.Instant;

/**
 * A user as {@code user list} and {@code GET /api/users} show it; never a secret.
 *
 * @param name the name it signs in with
 * @param role what it may do
 * @param createdAt when it was added
 * @param createdBy who added it
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedBy who revoked it
 * @param tokens its live tokens, by visible prefix
 * @param hasPassword whether it can sign in with a password (else with a token)
 * @param lastUsedAt when one of its tokens was last used, or {@code null}
 */
public record UserAccount(String name, Role role, Instant createdAt, String createdBy, Instant revokedAt,
		String revokedBy, java.util.List<String> tokens, boolean hasPassword, Instant lastUsedAt) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
