package io.cashpost.collection;

/**
 * A collector's request that cannot be carried out, and why: what it names does not
 * exist, the request itself is wrong, or it conflicts with what is recorded.
 */
public class ActionRefusedException extends RuntimeException {

	private final Kind kind;

	public ActionRefusedException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public static ActionRefusedException notFound(String message) {
		return new ActionRefusedException(Kind.NOT_FOUND, message);
	}

	public static ActionRefusedException invalid(String message) {
		return new ActionRefusedException(Kind.INVALID, message);
	}

	public static ActionRefusedException conflict(String message) {
		return new ActionRefusedException(Kind.CONFLICT, message);
	}

	public Kind kind() {
		return this.kind;
	}

	/** Why a request is refused. */
	public enum Kind {

		/** A customer, invoice, promise, dispute or hold that does not exist. */
		NOT_FOUND,

		/** The request is wrong in itself: a negative amount, a date in the past. */
		INVALID,

		/** It conflicts with what is recorded: a dispute already resolved. */
		CONFLICT

	}

}
