package io.cashpost.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every delivery, newest first: registered files and refused duplicates. */
@Repository
public class ReceivedFiles {

	private static final String RECENT = """
			select * from (
			    select f.file_id, f.received_at, f.source, f.file_name, f.status, f.format, f.size_bytes, f.reason,
			           (select count(*) from bank_transaction t
			             where t.file_id = f.file_id and t.match_status = 'confirmed') as confirmed,
			           array(select concat_ws(': ', w ->> 'position', w ->> 'message')
			                   from jsonb_array_elements(f.warnings) with ordinality as each(w, n)
			                  order by n) as warnings
			      from statement_file f
			    union all
			    select earlier_file_id, refused_at, source, file_name, 'refused', null, -1, reason, 0, '{}'
			      from file_refusal
			) delivery
			 where (cast(:status as text) is null or status = :status)
			 order by received_at desc, file_id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	ReceivedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest deliveries.
	 * @param status only those with this status, or {@code null} for all
	 * @param limit at most this many
	 */
	public List<FileRecord> recent(String status, int limit) {
		return this.jdbc.sql(RECENT).param("status", status).param("limit", limit).query(ReceivedFiles::record).list();
	}

	private static FileRecord record(ResultSet rs, int row) throws SQLException {
		return new FileRecord(rs.getLong("file_id"), rs.getTimestamp("received_at").toInstant(), rs.getString("source"),
				rs.getString("file_name"), rs.getString("status"), rs.getString("format"), rs.getLong("size_bytes"),
				rs.getString("reason"), rs.getInt("confirmed"),
				Arrays.asList((String[]) rs.getArray("warnings").getArray()));
	}

}
