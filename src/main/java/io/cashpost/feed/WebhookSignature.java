package io.cashpost.feed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: a secret {@code whsec_<base64 key>}; the signature of a
 * message is {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under that key.
 */
public final class WebhookSignature {

	static final String SECRET_PREFIX = "whsec_";

	private WebhookSignature() {
	}

	/** A new secret of 32 random bytes. */
	static String newSecret(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The {@code webhook-signature} header's value for the message.
	 * @param secret {@code whsec_...}
	 * @param id the {@code webhook-id}
	 * @param timestamp the {@code webhook-timestamp} (seconds since the epoch)
	 * @param body the exact body sent
	 */
	public static String sign(String secret, String id, long timestamp, String body) {
		byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
