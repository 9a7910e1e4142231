package io.cashpost.matching;

import java.util.Set;

/**
 * Our own bank accounts: money arriving from one of them is a transfer, not a customer
 * paying.
 */
@FunctionalInterface
public interface OwnAccounts {

	/** No own accounts known. */
	OwnAccounts NONE = Set::of;

	/** The accounts, normalised (upper case, no spaces). */
	Set<String> all();

}
