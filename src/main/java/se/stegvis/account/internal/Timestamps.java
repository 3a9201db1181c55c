package se.stegvis.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/** Instants to and from TIMESTAMP WITH TIME ZONE columns, the same on H2 and PostgreSQL. */
final class Timestamps {

	private Timestamps() {
	}

	static @Nullable OffsetDateTime of(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Instant require(ResultSet rs, String column) throws SQLException {
		Instant value = read(rs, column);
		if (value == null) {
			throw new IllegalStateException(column + " is null");
		}
		return value;
	}

}
