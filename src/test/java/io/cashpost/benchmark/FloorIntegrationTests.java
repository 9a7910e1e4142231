package io.cashpost.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.cashpost.CashpostIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class FloorIntegrationTests {

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dir;

	@Test
	void theFloorCopiesOneRowPerEntryWithTheEntrysFields() throws SQLException {
		PipelineScenario scenario = new PipelineScenario(400, 42);
		Path statement = scenario.writeStatement(this.dir.resolve("statement.xml"));
		BigDecimal total = BigDecimal.ZERO;
		for (int k = 0; k < 400; k++) {
			total = total.add(scenario.payment(k).amount());
		}
		StatementEntry first = scenario.payment(0);
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(Floor.copy(statement, connection)).isEqualTo(400);
			try (Statement sql = connection.createStatement();
					ResultSet rows = sql.executeQuery("select count(*), sum(amount), count(debtor_name), "
							+ "count(*) filter (where status = 'BOOK' and direction = 'CRDT' and currency = 'EUR') from "
							+ Floor.TABLE)) {
				rows.next();
				assertThat(rows.getLong(1)).isEqualTo(400);
				assertThat(rows.getBigDecimal(2)).isEqualByComparingTo(total);
				assertThat(rows.getLong(3)).isEqualTo(400);
				assertThat(rows.getLong(4)).isEqualTo(400);
			}
			try (PreparedStatement sql = connection.prepareStatement("select end_to_end_id, debtor_name, "
					+ "debtor_account, remittance, creditor_reference, bank_code, value_date::text from " + Floor.TABLE
					+ " where entry_ref = ? limit 1")) {
				sql.setString(1, first.ref());
				try (ResultSet row = sql.executeQuery()) {
					assertThat(row.next()).isTrue();
					assertThat(row.getString(1)).isEqualTo("E2E-" + first.ref());
					assertThat(row.getString(2)).isEqualTo(first.debtorName());
					assertThat(row.getString(3)).isEqualTo(first.debtorIban());
					assertThat(row.getString(4)).isEqualTo(first.text());
					assertThat(row.getString(5)).isEqualTo(first.creditorReference());
					assertThat(row.getString(6)).isEqualTo(first.code());
					assertThat(row.getString(7)).isEqualTo(first.valueDate().toString());
				}
			}
		}
	}

	@Test
	void measuringLeavesNoTableBehind() throws SQLException {
		Path statement = new PipelineScenario(200, 1).writeStatement(this.dir.resolve("statement.xml"));
		try (Connection connection = this.dataSource.getConnection()) {
			Floor.Figures figures = Floor.measure(statement, connection, ServerCpu.unknown());
			assertThat(figures.entries()).isEqualTo(200);
			assertThat(figures.floorNanos()).isPositive();
			assertThat(figures.floorCpuNanos()).isPositive();
			assertThat(figures.totalCpuNanos()).isEqualTo(-1);
			try (Statement sql = connection.createStatement();
					ResultSet table = sql.executeQuery("select to_regclass('" + Floor.TABLE + "')")) {
				table.next();
				assertThat(table.getString(1)).isNull();
			}
		}
	}

}
