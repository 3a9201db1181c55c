package se.stegvis.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per address in the database, so that every node counts the same:
 * after {@code account-failures} failures for one username (default 5), or {@code address-failures} from
 * one address (default 20), within the window (15 minutes), sign-in is refused until the lock ends (15
 * minutes), even with the right password. A success clears the account's count. Unknown usernames count
 * like known ones, so the lock reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final int accountFailures;

	private final int addressFailures;

	private final Duration window;

	private final Duration lock;

	LoginThrottle(JdbcClient jdbc, @Value("${stegvis.security.throttle.account-failures:5}") int accountFailures,
			@Value("${stegvis.security.throttle.address-failures:20}") int addressFailures,
			@Value("${stegvis.security.throttle.window:PT15M}") Duration window,
			@Value("${stegvis.security.throttle.lock:PT15M}") Duration lock) {
		this.jdbc = jdbc;
		this.accountFailures = accountFailures;
		this.addressFailures = addressFailures;
		this.window = window;
		this.lock = lock;
	}

	/** When sign-in opens again for this username or address, if it is locked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username, @Nullable String address, Instant now) {
		return this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key IN (:keys) AND locked_until > :now")
			.param("keys", keys(username, address))
			.param("now", at(now))
			.query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list()
			.stream()
			.max(Instant::compareTo);
	}

	/**
	 * Counts a failed sign-in.
	 * @return when sign-in opens again, if this failure locked the account or the address
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> failed(String username, @Nullable String address, Instant now) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE window_started_at < :old AND (locked_until IS NULL OR locked_until < :now)")
			.param("old", at(now.minus(this.window).minus(this.lock)))
			.param("now", at(now))
			.update();
		Optional<Instant> account = count(accountKey(username), this.accountFailures, now);
		Optional<Instant> byAddress = address == null ? Optional.empty() : count(addressKey(address), this.addressFailures, now);
		return account.isPresent() ? account : byAddress;
	}

	/** A successful sign-in clears the account's count (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(username)).update();
	}

	private Optional<Instant> count(String key, int limit, Instant now) {
		for (int attempt = 0; attempt < 3; attempt++) {
			var row = this.jdbc.sql("SELECT failures, window_started_at FROM login_throttle WHERE throttle_key = :key FOR UPDATE")
				.param("key", key)
				.query((rs, i) -> new Object[] { rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant() })
				.optional();
			if (row.isEmpty()) {
				try {
					this.jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, window_started_at) VALUES (:key, 1, :now)")
						.param("key", key)
						.param("now", at(now))
						.update();
					return lockIfReached(key, 1, limit, now);
				}
				catch (DuplicateKeyException ex) {
					continue;
				}
			}
			boolean windowOver = ((Instant) row.get()[1]).isBefore(now.minus(this.window));
			int failures = windowOver ? 1 : (Integer) row.get()[0] + 1;
			this.jdbc.sql("UPDATE login_throttle SET failures = :failures, window_started_at = :started, locked_until = NULL WHERE throttle_key = :key")
				.param("failures", failures)
				.param("started", at(windowOver ? now : (Instant) row.get()[1]))
				.param("key", key)
				.update();
			return lockIfReached(key, failures, limit, now);
		}
		throw new IllegalStateException("Could not count a failed sign-in for " + key);
	}

	private Optional<Instant> lockIfReached(String key, int failures, int limit, Instant now) {
		if (failures < limit) {
			return Optional.empty();
		}
		Instant until = now.plus(this.lock);
		this.jdbc.sql("UPDATE login_throttle SET locked_until = :until, failures = 0, window_started_at = :now WHERE throttle_key = :key")
			.param("until", at(until))
			.param("now", at(now))
			.param("key", key)
			.update();
		return Optional.of(until);
	}

	private static List<String> keys(String username, @Nullable String address) {
		return address == null ? List.of(accountKey(username)) : List.of(accountKey(username), addressKey(address));
	}

	static String accountKey(String username) {
		return "account:" + username;
	}

	static String addressKey(String address) {
		return "address:" + address;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
