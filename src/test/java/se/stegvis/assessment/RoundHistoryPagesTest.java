package se.stegvis.assessment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;

/** The audit trail of a round on its history page and through the API: every kind of change, newest first, paged (point 7). */
@IntegrationTest
class RoundHistoryPagesTest {

	private static final String CODE = "2583";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void everyKindOfChangeIsRecordedWithOldAndNewValueOnThePageAndInTheApi() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser anna = this.users.participant(CODE);
		TestUser bo = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, anna, "Ledning");
		TestRounds.addParticipant(this.http, admin, id, bo, "Medarbetare");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 3);
		PageSession session = this.users.signIn(admin);
		session.post("/omgangar/" + id + "/deltagare/grupp", Map.of("username", anna.username(), "respondentGroup", "Medarbetare"));
		session.post("/omgangar/" + id + "/deltagare/ta-bort", Map.of("username", bo.username()));
		session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR, Map.of("value", "2", "note", "Enade", "version", "0"));
		session.post("/omgangar/" + id + "/installningar/mal", Map.of("level", "3", "AREA.GENERAL", "4"));
		session.post("/omgangar/" + id + "/installningar/publicering", Map.of("published", "false"));
		session.post("/omgangar/" + id + "/avsluta", Map.of());
		session.post("/omgangar/" + id + "/ateroppna", Map.of("reason", "Ett svar behövde rättas"));
		PageSession.Response page = session.get("/omgangar/" + id + "/historik");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Svaret på").contains("lades till som deltagare").contains("Svarsgruppen för")
			.contains("togs bort som deltagare").contains("Den gemensamma bedömningen av")
			.contains("Anteckningen till den gemensamma bedömningen av").contains("Målen").contains("Ingår i jämförelser")
			.contains("Avslutad").contains("Omgången öppnades igen med skälet").contains("Ett svar behövde rättas");
		assertThat(page.body().indexOf("Omgången öppnades igen")).isLessThan(page.body().indexOf("Svaret på"));
		List<?> history = this.http.get().uri("/api/v1/assessments/{id}/history", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
		assertThat(history).extracting((e) -> ((Map<?, ?>) e).get("action") + " " + ((Map<?, ?>) e).get("oldValue") + " → "
				+ ((Map<?, ?>) e).get("newValue"))
			.contains("assessment.answer-changed 1 → 3", "assessment.participant-group-changed Ledning → assessment:" + id + " Medarbetare",
					"assessment.participant-removed assessment:" + id + " → null", "assessment.consensus-changed null → 2",
					"assessment.consensus-note-changed null → Enade", "assessment.targets-changed max → 3 AREA:GENERAL=4",
					"assessment.publication-changed true → false", "assessment.status-changed IN_PROGRESS → COMPLETED",
					"assessment.status-changed COMPLETED → IN_PROGRESS", "assessment.reopened null → Ett svar behövde rättas");
	}

	@Test
	void aLongHistoryIsShownAHundredAtATime() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		for (int i = 0; i < 105; i++) {
			this.http.put().uri("/api/v1/assessments/{id}/publication", id).headers(admin.bearer())
				.contentType(MediaType.APPLICATION_JSON).body(Map.of("published", i % 2 == 1)).exchange()
				.expectStatus().isOk();
		}
		PageSession session = this.users.signIn(admin);
		PageSession.Response first = session.get("/omgangar/" + id + "/historik");
		assertThat(first.body()).contains("106 ändringar. Sida 1 av 2.").contains("sida=2").contains("Äldre ändringar");
		PageSession.Response second = session.get("/omgangar/" + id + "/historik?sida=2");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("Sida 2 av 2.").contains("Nyare ändringar").contains("Omgången startades").contains("Egenvärdering 2026");
	}

	@Test
	void onlyTheOrgAdminReadsTheHistory() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		assertThat(this.users.signIn(this.users.participant(CODE)).get("/omgangar/" + id + "/historik").status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.viewer(CODE)).get("/omgangar/" + id + "/historik").status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.orgAdmin("2580")).get("/omgangar/" + id + "/historik").status()).isEqualTo(404);
	}

}
