package se.stegvis.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's access time is stored at most once a minute (docs/security.md "Sessions"): a page within the minute
 * writes nothing to the session, a later one slides it, and the page's session warning counts with the timeout less
 * that minute; a page reads its session once, without a transaction, and signing in writes it in one. Uses Forshaga (1763), which no other test uses.
 */
@IntegrationTest
class SessionAccessTest {

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void aPageWithinAMinuteOfTheStoredAccessWritesNothingAndALaterOneSlidesTheSession() throws InterruptedException {
		PageSession session = this.users.signIn(this.users.viewer("1763"));
		String id = new String(Base64.getDecoder().decode(session.sessionId()), StandardCharsets.UTF_8);
		assertThat(session.get("/konto").status()).isEqualTo(200);
		long stored = lastAccess(id);

		Thread.sleep(20);
		assertThat(session.get("/konto").status()).isEqualTo(200);
		assertThat(lastAccess(id)).as("within the minute").isEqualTo(stored);

		this.jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000, "
				+ "expiry_time = expiry_time - 120000 WHERE session_id = ?").param(id).update();
		long before = System.currentTimeMillis();
		assertThat(session.get("/konto").status()).isEqualTo(200);
		assertThat(lastAccess(id)).as("two minutes after the stored access").isGreaterThanOrEqualTo(before);
		assertThat(this.jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?").param(id)
			.query(Long.class).single()).isGreaterThanOrEqualTo(before + 29 * 60_000L);
	}

	@Test
	void aPageReadsItsSessionFromTheDatabaseOnce() {
		PageSession session = this.users.signIn(this.users.viewer("1763"));
		assertThat(session.get("/konto").status()).isEqualTo(200);
		List<String> statements = this.statements.counting(() -> assertThat(session.get("/konto").status()).isEqualTo(200));
		assertThat(StatementCounter.count(statements, "WHERE S.SESSION_ID = ?")).isEqualTo(1);
	}

	@Test
	void aPageReadsItsSessionWithoutATransactionAndSigningInWritesItInOne() {
		List<StatementCounter.Prepared> signIn = this.statements
			.preparing(() -> assertThat(this.users.signIn(this.users.viewer("1763")).get("/konto").status()).isEqualTo(200));
		List<StatementCounter.Prepared> writes = signIn.stream()
			.filter((s) -> s.sql().toUpperCase().matches("(?s)\\s*(INSERT|UPDATE|DELETE).*SPRING_SESSION.*"))
			.toList();
		assertThat(writes).as("the new session and its attributes").isNotEmpty()
			.allMatch(StatementCounter.Prepared::inTransaction);

		PageSession session = this.users.signIn(this.users.viewer("1763"));
		List<StatementCounter.Prepared> page = this.statements
			.preparing(() -> assertThat(session.get("/konto").status()).isEqualTo(200));
		assertThat(page).filteredOn((s) -> s.sql().contains("WHERE S.SESSION_ID = ?")).singleElement()
			.matches((s) -> !s.inTransaction(), "read without a transaction");
	}

	@Test
	void theSessionWarningCountsWithTheTimeoutLessTheWriteInterval() {
		PageSession session = this.users.signIn(this.users.viewer("1763"));
		assertThat(session.get("/konto").body()).contains("data-session-seconds=\"1740\"");
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id)
			.query(Long.class).single();
	}

}
