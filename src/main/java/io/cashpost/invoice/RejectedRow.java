package io.cashpost.invoice;

import java.util.List;

/**
 * A row that is not a valid invoice.
 *
 * @param line the line the row starts on
 * @param problems what is wrong with it, at least one
 */
record RejectedRow(long line, List<String> problems) implements InvoiceCsvRow {

}
