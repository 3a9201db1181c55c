package se.stegvis.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sign-in is throttled after repeated failures per account (5) and per address (20), with the counters
 * in the database so that every node agrees, and a Swedish message that says what happened and when to
 * try again.
 */
@IntegrationTest
class LoginThrottleTest {

	private static final AtomicInteger ADDRESS = new AtomicInteger(10);

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	@Test
	void fiveWrongPasswordsLockTheAccountAndThePageSaysUntilWhen() {
		TestUser user = this.users.participant("0180");
		PageSession browser = visitor();
		for (int i = 0; i < 4; i++) {
			assertThat(browser.submitLogin(user.username(), "fel-losenord-nummer-" + i).location()).endsWith("/logga-in?fel");
		}
		assertThat(browser.get("/logga-in?fel").body()).contains("Fel användarnamn eller lösenord");

		PageSession.Response fifth = browser.submitLogin(user.username(), "fel-losenord-nummer-5");
		assertThat(fifth.location()).endsWith("/logga-in?sparrad");
		String page = browser.get("/logga-in?sparrad").body();
		assertThat(page).containsPattern("Inloggningen är spärrad till klockan \\d\\d:\\d\\d \\(om 15 minuter\\)")
			.contains("fel lösenord har angetts för många gånger", "value=\"" + user.username() + "\"");

		assertThat(visitor().submitLogin(user.username(), user.password()).location())
			.as("even the right password is refused while locked").endsWith("/logga-in?sparrad");
		OffsetDateTime lockedUntil = this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = :k")
			.param("k", "account:" + user.username())
			.query(OffsetDateTime.class)
			.single();
		assertThat(Duration.between(OffsetDateTime.now(), lockedUntil).toMinutes()).isCloseTo(15, within(1L));
	}

	@Test
	void theLockAlsoHoldsForHttpBasicWith429AndRetryAfter() {
		TestUser user = this.users.viewer("0180");
		for (int i = 0; i < 5; i++) {
			this.http.get().uri("/api/v1/me").header("X-Forwarded-For", nextAddress())
				.headers((h) -> h.setBasicAuth(user.username(), "inte-ratt-losenord"))
				.exchange();
		}
		this.http.get().uri("/api/v1/me").headers(user.basic()).header("X-Forwarded-For", nextAddress()).exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().exists("Retry-After")
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.title").isEqualTo("För många misslyckade inloggningar");
		// A personal access token is not a password guess: it still works.
		this.http.get().uri("/api/v1/me").headers(user.bearer()).exchange()
			.expectStatus().isOk();
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCount() {
		TestUser user = this.users.participant("0180");
		PageSession browser = visitor();
		for (int i = 0; i < 4; i++) {
			browser.submitLogin(user.username(), "fel-" + i + "-losenord-igen");
		}
		assertThat(browser.submitLogin(user.username(), user.password()).location()).doesNotContain("/logga-in");
		PageSession again = visitor();
		for (int i = 0; i < 4; i++) {
			assertThat(again.submitLogin(user.username(), "fel-" + i + "-losenord-igen").location()).endsWith("?fel");
		}
	}

	@Test
	void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() {
		PageSession attacker = visitor();
		for (int i = 0; i < 19; i++) {
			assertThat(attacker.submitLogin("gissning" + i + "-" + System.nanoTime(), "losenord-gissning-" + i).location())
				.endsWith("?fel");
		}
		assertThat(attacker.submitLogin("gissning-sista", "losenord-gissning-sista").location()).endsWith("?sparrad");
		TestUser innocent = this.users.viewer("0180");
		assertThat(attacker.submitLogin(innocent.username(), innocent.password()).location()).endsWith("?sparrad");
	}

	@Test
	void unknownUsernamesAreCountedLikeKnownOnesSoTheLockRevealsNothing() {
		PageSession browser = visitor();
		String nobody = "finns-inte-" + System.nanoTime();
		for (int i = 0; i < 4; i++) {
			browser.submitLogin(nobody, "losenord-" + i + "-som-inte-finns");
		}
		assertThat(browser.submitLogin(nobody, "losenord-5-som-inte-finns").location()).endsWith("?sparrad");
	}

	private PageSession visitor() {
		return PageSession.anonymous(this.users.baseUrl()).from(nextAddress());
	}

	private static String nextAddress() {
		int n = ADDRESS.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

}
