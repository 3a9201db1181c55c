package se.stegvis.assessment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;

/** Completing shows what is unanswered and asks first; reopening needs a reason (point 6). */
@IntegrationTest
class CompletionPagesTest {

	private static final String CODE = "2582";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void completingShowsTheUnansweredIndicatorsPerAreaThenCompletesAndRedirectsWithAMessage() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestUser anna = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, id, anna, "Ledning");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 2);
		PageSession session = this.users.signIn(admin);
		PageSession.Response ask = session.get("/omgangar/" + id + "/avsluta");
		assertThat(ask.status()).isEqualTo(200);
		assertThat(ask.body()).contains("indikatorer saknar svar").contains("Avsluta omgången");
		assertThat(status(admin, id)).isNotEqualTo("COMPLETED");
		PageSession.Response done = session.post("/omgangar/" + id + "/avsluta", Map.of());
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/omgangar/" + id);
		assertThat(status(admin, id)).isEqualTo("COMPLETED");
		PageSession.Response again = session.post("/omgangar/" + id + "/avsluta", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).contains("Omgången är avslutad. Inget har ändrats.");
	}

	@Test
	void reopeningNeedsAReasonAndThenOpensTheRound() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 2);
		TestRounds.complete(this.http, admin, id);
		PageSession session = this.users.signIn(admin);
		assertThat(session.get("/omgangar/" + id + "/ateroppna").body()).contains("id=\"reason\"");
		PageSession.Response blank = session.post("/omgangar/" + id + "/ateroppna", Map.of("reason", "  "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("govuk-error-summary").contains("id=\"reason-error\"")
			.contains("Ange varför omgången öppnas igen.");
		PageSession.Response tooLong = session.post("/omgangar/" + id + "/ateroppna", Map.of("reason", "x".repeat(1001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(status(admin, id)).isEqualTo("COMPLETED");
		PageSession.Response reopened = session.post("/omgangar/" + id + "/ateroppna", Map.of("reason", "Ett svar var fel"));
		assertThat(reopened.status()).isEqualTo(302);
		assertThat(reopened.location()).endsWith("/omgangar/" + id);
		assertThat(status(admin, id)).isEqualTo("IN_PROGRESS");
		PageSession.Response notCompleted = session.post("/omgangar/" + id + "/ateroppna", Map.of("reason", "Igen"));
		assertThat(notCompleted.status()).isEqualTo(409);
		assertThat(notCompleted.body()).contains("Omgången är inte avslutad");
	}

	@Test
	void onlyTheOrgAdminCompletesOrReopensAndOutsidersSeeNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		assertThat(this.users.signIn(this.users.participant(CODE)).post("/omgangar/" + id + "/avsluta", Map.of()).status())
			.isEqualTo(403);
		assertThat(this.users.signIn(this.users.viewer(CODE)).post("/omgangar/" + id + "/avsluta", Map.of()).status())
			.isEqualTo(403);
		assertThat(this.users.signIn(this.users.orgAdmin("2583")).get("/omgangar/" + id + "/avsluta").status()).isEqualTo(404);
		assertThat(status(admin, id)).isEqualTo("DRAFT");
	}

	private String status(TestUser admin, long id) {
		Map<?, ?> round = this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody(Map.class).returnResult().getResponseBody();
		Object inner = round.containsKey("round") ? ((Map<?, ?>) round.get("round")).get("status") : round.get("status");
		return String.valueOf(inner);
	}

}
