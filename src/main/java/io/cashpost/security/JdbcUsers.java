package io.cashpost.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and tokens in PostgreSQL. */
@Repository
class JdbcUsers {

	private static final String INSERT_USER = """
			insert into app_user (name, role, created_at, created_by)
			values (:name, :role, :at, :by)
			on conflict (name) do nothing
			returning user_id
			""";

	private static final String INSERT_TOKEN = """
			insert into api_token (user_id, prefix, sha256, created_at)
			select user_id, :prefix, :sha256, :at from app_user where name = :name and revoked_at is null
			""";

	private static final String LIST = """
			select u.name, u.role, u.created_at, u.created_by, u.revoked_at, u.revoked_by,
			       u.password_hash is not null as has_password,
			       coalesce(array_agg(t.prefix order by t.token_id) filter (where t.token_id is not null
			                                                                 and t.revoked_at is null), '{}') as tokens,
			       max(t.last_used_at) as last_used_at
			  from app_user u
			  left join api_token t on t.user_id = u.user_id
			 where (:name::text is null or u.name = :name) and (:after::text is null or u.name > :after)
			 group by u.user_id
			 order by u.name
			 limit :limit
			""";

	private static final String REVOKE_USER = """
			update app_user set revoked_at = :at, revoked_by = :by where name = :name and revoked_at is null
			""";

	private static final String REVOKE_TOKENS = """
			update api_token set revoked_at = :at
			 where revoked_at is null
			   and user_id = (select user_id from app_user where name = :name)
			   and (:prefix::text is null or prefix = :prefix)
			""";

	private static final String SET_PASSWORD = """
			update app_user set password_hash = :hash where name = :name and revoked_at is null
			""";

	private static final String BY_TOKEN = """
			select u.name, u.role, t.token_id
			  from api_token t
			  join app_user u on u.user_id = t.user_id
			 where t.sha256 = :sha256 and t.revoked_at is null and u.revoked_at is null
			""";

	/** At most one write a minute per token, however busy the script using it. */
	private static final String TOUCH_TOKEN = """
			update api_token set last_used_at = :at
			 where token_id = :id and (last_used_at is null or last_used_at < cast(:at as timestamptz) - interval '1 minute')
			""";

	private static final String SIGN_IN = """
			select name, role, password_hash from app_user where name = :name and revoked_at is null
			""";

	private final JdbcClient jdbc;

	JdbcUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insertUser(String name, Role role, String by, Instant at) {
		return this.jdbc.sql(INSERT_USER)
			.param("name", name)
			.param("role", role.name())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	boolean insertToken(String name, String prefix, String sha256, Instant at) {
		return this.jdbc.sql(INSERT_TOKEN)
			.param("prefix", prefix)
			.param("sha256", sha256)
			.param("at", Timestamp.from(at))
			.param("name", name)
			.update() == 1;
	}

	List<UserAccount> list(String name) {
		return list(name, null, Integer.MAX_VALUE);
	}

	List<UserAccount> list(String name, String after, int limit) {
		return this.jdbc.sql(LIST)
			.param("name", name)
			.param("after", after)
			.param("limit", limit)
			.query(JdbcUsers::account)
			.list();
	}

	boolean revokeUser(String name, String by, Instant at) {
		boolean revoked = this.jdbc.sql(REVOKE_USER)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("name", name)
			.update() == 1;
		revokeTokens(name, null, at);
		return revoked;
	}

	int revokeTokens(String name, String prefix, Instant at) {
		return this.jdbc.sql(REVOKE_TOKENS)
			.param("at", Timestamp.from(at))
			.param("name", name)
			.param("prefix", prefix)
			.update();
	}

	boolean setPassword(String name, String hash) {
		return this.jdbc.sql(SET_PASSWORD).param("hash", hash).param("name", name).update() == 1;
	}

	Optional<TokenOwner> byToken(String sha256) {
		return this.jdbc.sql(BY_TOKEN)
			.param("sha256", sha256)
			.query((rs, row) -> new TokenOwner(rs.getString("name"), Role.valueOf(rs.getString("role")),
					rs.getLong("token_id")))
			.optional();
	}

	void touchToken(long tokenId, Instant at) {
		this.jdbc.sql(TOUCH_TOKEN).param("at", Timestamp.from(at)).param("id", tokenId).update();
	}

	Optional<SignIn> signIn(String name) {
		return this.jdbc.sql(SIGN_IN)
			.param("name", name)
			.query((rs, row) -> new SignIn(rs.getString("name"), Role.valueOf(rs.getString("role")),
					rs.getString("password_hash")))
			.optional();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		Array tokens = rs.getArray("tokens");
		return new UserAccount(rs.getString("name"), Role.valueOf(rs.getString("role")),
				instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
				instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"),
				Arrays.asList((String[]) tokens.getArray()), rs.getBoolean("has_password"),
				instant(rs.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The live user a live token belongs to. */
	record TokenOwner(String name, Role role, long tokenId) {
	}

	/** What the sign-in form checks a secret against. */
	record SignIn(String name, Role role, String passwordHash) {
	}

}
