package io.cashpost.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: {@code cp_} and 256 random bits in base64url (46 characters). The first
 * {@value #PREFIX_LENGTH} characters are kept to tell tokens apart; the token itself only
 * as its SHA-256, which is enough for a secret of 256 random bits (no salt or slow hash
 * needed: there is nothing to guess).
 */
final class ApiTokens {

	static final String SCHEME = "cp_";

	static final int PREFIX_LENGTH = 10;

	private static final int RANDOM_BYTES = 32;

	private final SecureRandom random;

	ApiTokens(SecureRandom random) {
		this.random = random;
	}

	String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		this.random.nextBytes(bytes);
		return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String prefix(String token) {
		return token.substring(0, Math.min(PREFIX_LENGTH, token.length()));
	}

	/** Whether it could be one of ours; anything else is refused without a lookup. */
	static boolean wellFormed(String token) {
		return token != null && token.length() == SCHEME.length() + 43 && token.startsWith(SCHEME)
				&& token.substring(SCHEME.length()).chars().allMatch(ApiTokens::base64Url);
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static boolean base64Url(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}

}
