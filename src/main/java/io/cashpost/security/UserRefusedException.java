package io.cashpost.security;

/** A user command that cannot be carried out: the name is taken, unknown, or revoked. */
public class UserRefusedException extends RuntimeException {

	public UserRefusedException(String message) {
		super(message);
	}

}
