package io.cashpost.invoice;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line the record starts on (1 is the first line of the file)
 * @param fields the field values, unquoted
 * @param problem what is wrong with the quoting of this record, or {@code null}
 */
record CsvRecord(long line, List<String> fields, String problem) {

}
