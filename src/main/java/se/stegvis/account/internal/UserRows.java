package se.stegvis.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code account_user} table. Usernames are stored in lower case. */
@Repository
public class UserRows {

	private static final String SELECT = "SELECT id, username, display_name, email, password_hash, system_admin, "
			+ "created_at, last_active_at FROM account_user";

	private final JdbcClient jdbc;

	UserRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String username, String displayName, @Nullable String email, @Nullable String passwordHash,
			boolean systemAdmin, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO account_user (username, display_name, email, password_hash, system_admin, created_at,
				    password_changed_at)
				VALUES (:username, :displayName, :email, :hash, :admin, :now, :changed)""")
			.param("username", username)
			.param("displayName", displayName)
			.param("email", email)
			.param("hash", passwordHash)
			.param("admin", systemAdmin)
			.param("now", Timestamps.of(now))
			.param("changed", passwordHash == null ? null : Timestamps.of(now))
			.update(keys, "id");
		Number id = keys.getKey();
		if (id == null) {
			throw new IllegalStateException("No id generated for user " + username);
		}
		return id.longValue();
	}

	public Optional<UserRow> findById(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(UserRows::map).optional();
	}

	public Optional<UserRow> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " WHERE username = :username").param("username", username).query(UserRows::map).optional();
	}

	public boolean usernameExists(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_user WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	public List<UserRow> findAll() {
		return this.jdbc.sql(SELECT).query(UserRows::map).list();
	}

	public long countSystemAdmins() {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_user WHERE system_admin = TRUE").query(Long.class).single();
	}

	public void updatePassword(long id, String passwordHash, Instant now) {
		this.jdbc.sql("UPDATE account_user SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
			.param("hash", passwordHash)
			.param("now", Timestamps.of(now))
			.param("id", id)
			.update();
	}

	/** Records use at most once an hour, so that API calls do not write on every request. */
	public void touch(String username, Instant now) {
		this.jdbc.sql("""
				UPDATE account_user SET last_active_at = :now
				WHERE username = :username AND (last_active_at IS NULL OR last_active_at < :hourAgo)""")
			.param("now", Timestamps.of(now))
			.param("hourAgo", Timestamps.of(now.minus(Duration.ofHours(1))))
			.param("username", username)
			.update();
	}

	public void delete(long id) {
		this.jdbc.sql("DELETE FROM account_user WHERE id = :id").param("id", id).update();
	}

	static UserRow map(ResultSet rs, int row) throws SQLException {
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("system_admin"),
				Timestamps.require(rs, "created_at"), Timestamps.read(rs, "last_active_at"));
	}

}
