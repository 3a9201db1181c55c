package se.stegvis.assessment.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code assessment_unit}: an organisation's tree of förvaltningar and enheter. */
@Repository
public class UnitRows {

	private final JdbcClient jdbc;

	UnitRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(long id, String organisationCode, @Nullable Long parentId, String name) {
	}

	public List<Row> of(String organisationCode) {
		return this.jdbc.sql("SELECT id, organisation_code, parent_id, name FROM assessment_unit WHERE organisation_code = ?")
			.param(organisationCode)
			.query((rs, n) -> {
				long parent = rs.getLong(3);
				Long parentId = rs.wasNull() ? null : parent;
				return new Row(rs.getLong(1), rs.getString(2), parentId, rs.getString(4));
			})
			.list();
	}

	public long insert(String organisationCode, @Nullable Long parentId, String name, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO assessment_unit (organisation_code, parent_id, name, created_at) VALUES (?, ?, ?, ?)")
			.params(organisationCode, parentId, name, RoundRows.at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

}
