package io.cashpost.web;

import java.util.List;

/**
 * A page of a list, as every list endpoint answers: its items and the cursor of the next
 * page ({@code null} on the last). {@code Accept: text/csv} writes the items as CSV.
 */
interface Listing {

	List<?> items();

	String next();

	/** The items' record type: it names the CSV columns, even of an empty page. */
	Class<?> itemType();

	/** The request parameter the next page's cursor goes in. */
	String cursorParameter();

}
