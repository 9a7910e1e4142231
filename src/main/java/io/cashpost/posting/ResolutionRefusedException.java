package io.cashpost.posting;

/**
 * A resolution that would break the ledger (an overdrawn invoice, an unknown customer,
 * more than is in suspense) is refused whole; nothing is posted.
 */
public class ResolutionRefusedException extends RuntimeException {

	public ResolutionRefusedException(String message) {
		super(message);
	}

}
