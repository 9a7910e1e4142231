package io.cashpost.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceJson;

/**
 * A staged bank transaction as the payment matching decides, read from a row of
 * {@code bank_transaction} that selects its columns by their own names, and
 * {@code by_card}: whether it is a card sale of a settlement report.
 */
public final class StagedPayments {

	private StagedPayments() {
	}

	/** The payment of the row; its value date, or the booking date when it has none. */
	public static Payment payment(ResultSet rs) throws SQLException {
		LocalDate valueDate = rs.getObject("value_date", LocalDate.class);
		String text = rs.getString("remittance_text");
		String[] documents = (String[]) rs.getArray("referred_documents").getArray();
		RemittanceInfo remittance = new RemittanceInfo((text == null || text.isEmpty()) ? List.of() : List.of(text),
				rs.getString("creditor_reference"), Arrays.asList(documents),
				RemittanceJson.read(rs.getString("remittance_lines")));
		return new Payment(rs.getLong("transaction_id"), rs.getString("source_key"), rs.getString("account"),
				Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
				(valueDate != null) ? valueDate : rs.getObject("booking_date", LocalDate.class),
				EntryStatus.valueOf(rs.getString("entry_status")), rs.getBoolean("reversal"),
				rs.getString("debtor_name"), rs.getString("debtor_account"), remittance,
				rs.getString("bank_transaction_code"), rs.getBoolean("by_card"));
	}

}
