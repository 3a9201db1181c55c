package se.stegvis.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer pages through HTTP: plain form posts, the autosave endpoint, conflicts, read-only rounds (issue 6 points 4, 8, 9). */
@IntegrationTest
class AnswerPagesTest {

	private static final String CODE = "2460";

	private static final String KEY = TestRounds.GENERAL_INDICATOR;

	private static final String OTHER = TestRounds.OTHER_GENERAL_INDICATOR;

	@Autowired
	TestUsers users;

	@Autowired
	RestTestClient http;

	@Test
	void aPlainFormPostSavesTheAnswerAndTheAreaScoreFollows() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(this.users.participant(CODE));
		PageSession.Response saved = session.post("/omgangar/" + round + "/omraden/GENERAL", Map.of("version-" + KEY, "0",
				"svar-" + KEY, "2", "kommentar-" + KEY, "Vi har en strategi på gång", "lank-" + KEY, "https://example.se/plan"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/omgangar/" + round + "/omraden/GENERAL");
		String page = session.get(saved.location()).body();
		assertThat(page).contains("Sparat: 1 svar.")
			.containsPattern("id=\"svar-" + KEY + "-2\"[^>]*value=\"2\"[^>]*checked=\"checked\"")
			.contains("Vi har en strategi på gång").contains("https://example.se/plan")
			.containsPattern("id=\"score-GENERAL\">50,0<");
		Map<String, Object> answer = answer(admin, round, KEY);
		assertThat(answer).containsEntry("answer", "LEVEL").containsEntry("version", 1);
	}

	@Test
	void theWholeCataloguePageListsEveryIndicatorOnceWithItsLevelsAndHelp() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		String page = this.users.signIn(admin).get("/omgangar/" + round + "/omraden/alla").body();
		assertThat(page.split("data-indicator=\"", -1)).hasSize(97);
		assertThat(page).contains("Vet ej").contains("Ej relevant").contains("govuk-details").contains("Äldreomsorg");
	}

	@Test
	void refusedInputIsShownInSwedishNextToTheFieldAndNothingIsSaved() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/omgangar/" + round + "/omraden/GENERAL", Map.of("version-" + KEY, "0",
				"svar-" + KEY, "3", "version-" + OTHER, "0", "svar-" + OTHER, "2", "kommentar-" + OTHER, "x".repeat(4001),
				"lank-" + OTHER, "ftp://example.se/fil"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary").contains("id=\"kommentar-" + OTHER + "-error\"")
			.containsPattern("Kommentaren får vara högst 4.?000 tecken.").contains("id=\"lank-" + OTHER + "-error\"")
			.contains("Länken måste vara en fullständig webbadress som börjar med http:// eller https://.")
			.containsPattern("id=\"svar-" + KEY + "-3\"[^>]*value=\"3\"[^>]*checked=\"checked\"");
		PageSession.Response level = session.post("/omgangar/" + round + "/omraden/GENERAL", Map.of("version-" + KEY, "0",
				"svar-" + KEY, "7"));
		assertThat(level.status()).isEqualTo(400);
		assertThat(level.body()).contains("Nivån 7 finns inte. Välj en nivå mellan 0 och 4.");
		assertThat(answer(admin, round, KEY).get("answer")).isNull();
		assertThat(answer(admin, round, OTHER).get("answer")).isNull();
	}

	@Test
	void aStaleVersionShowsTheOtherPersonsValueAndOverwritesNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, KEY, 3);
		PageSession participant = this.users.signIn(this.users.participant(CODE));
		PageSession.Response stale = participant.post("/omgangar/" + round + "/omraden/GENERAL",
				Map.of("version-" + KEY, "0", "svar-" + KEY, "1"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("Någon annan hann före").contains("Sparat av " + admin.displayName() + ": nivå 3.")
			.containsPattern("id=\"svar-" + KEY + "-1\"[^>]*value=\"1\"[^>]*checked=\"checked\"")
			.contains("name=\"version-" + KEY + "\" value=\"1\"");
		assertThat(answer(admin, round, KEY)).containsEntry("level", 3);
		PageSession.Response kept = participant.post("/omgangar/" + round + "/omraden/GENERAL",
				Map.of("version-" + KEY, "1", "svar-" + KEY, "1"));
		assertThat(kept.status()).isEqualTo(302);
		assertThat(answer(admin, round, KEY)).containsEntry("level", 1).containsEntry("version", 2);
	}

	@Test
	void autosaveReturnsTheNewVersionSoSuccessiveSavesNeverConflict() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(this.users.participant(CODE));
		String url = "/omgangar/" + round + "/svar/" + KEY;
		PageSession.Response first = session.post(url, Map.of("version", "0", "svar", "2"));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("\"version\":1").contains("\"message\":\"Sparat\"").contains("\"score-GENERAL\":\"50,0\"")
			.containsPattern("\"progress-GENERAL\":\"1 av \\d+ besvarade\"");
		PageSession.Response second = session.post(url, Map.of("version", "1", "svar", "4", "kommentar", "Klart"));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("\"version\":2");
		PageSession.Response stale = session.post(url, Map.of("version", "1", "svar", "0"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).contains("\"choice\":\"4\"").contains("\"comment\":\"Klart\"").contains("\"version\":2");
		PageSession.Response refused = session.post(url, Map.of("version", "2", "svar", "2", "lank", "javascript:alert(1)"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("lank-" + KEY);
		assertThat(answer(admin, round, KEY)).containsEntry("level", 4).containsEntry("version", 2);
	}

	@Test
	void aViewerReadsTheAnswersButMayNotSaveThem() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		PageSession viewer = this.users.signIn(this.users.viewer(CODE));
		PageSession.Response page = viewer.get("/omgangar/" + round + "/omraden/GENERAL");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Du kan läsa svaren men inte ändra dem.").doesNotContain("Spara svaren");
		assertThat(viewer.post("/omgangar/" + round + "/omraden/GENERAL", Map.of("version-" + KEY, "0", "svar-" + KEY, "2"))
			.status()).isEqualTo(403);
		assertThat(viewer.post("/omgangar/" + round + "/svar/" + KEY, Map.of("version", "0", "svar", "2")).status())
			.isEqualTo(403);
		assertThat(answer(admin, round, KEY).get("answer")).isNull();
	}

	@Test
	void aCompletedRoundIsReadOnlyWithAClearMessage() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.complete(this.http, admin, round);
		PageSession session = this.users.signIn(admin);
		PageSession.Response page = session.get("/omgangar/" + round + "/omraden/GENERAL");
		assertThat(page.body()).contains("Omgången är avslutad").doesNotContain("Spara svaren").contains("disabled");
		PageSession.Response post = session.post("/omgangar/" + round + "/omraden/GENERAL",
				Map.of("version-" + KEY, "0", "svar-" + KEY, "2"));
		assertThat(post.status()).isEqualTo(409);
		assertThat(post.body()).contains("Omgången är avslutad och kan inte ändras.");
		assertThat(session.post("/omgangar/" + round + "/svar/" + KEY, Map.of("version", "0", "svar", "2")).status())
			.isEqualTo(409);
		assertThat(answer(admin, round, KEY).get("answer")).isNull();
	}

	@Test
	void theUnansweredFilterLeavesOutAnsweredIndicatorsAndAnUnknownAreaIsNotFound() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, round, KEY, 2);
		PageSession session = this.users.signIn(admin);
		String page = session.get("/omgangar/" + round + "/omraden/GENERAL?visa=obesvarade").body();
		assertThat(page).doesNotContain("data-indicator=\"" + KEY + "\"").contains("data-indicator=\"" + OTHER + "\"");
		assertThat(session.get("/omgangar/" + round + "/omraden/overforda".replace("overforda", "GENERAL?visa=overforda")).body())
			.contains("Inga indikatorer att visa med det här urvalet.");
		assertThat(session.get("/omgangar/" + round + "/omraden/NO_SUCH_AREA").status()).isEqualTo(404);
	}

	@Test
	void inAnIndividualRoundEachParticipantSeesOnlyTheirOwnAnswers() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.individual(this.http, admin, CODE);
		TestUser first = this.users.participant(CODE);
		TestUser second = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, round, first, "Ledning");
		TestRounds.addParticipant(this.http, admin, round, second, "Medarbetare");
		PageSession firstSession = this.users.signIn(first);
		assertThat(firstSession.post("/omgangar/" + round + "/omraden/GENERAL", Map.of("version-" + KEY, "0", "svar-" + KEY, "4"))
			.status()).isEqualTo(302);
		String own = firstSession.get("/omgangar/" + round + "/omraden/GENERAL").body();
		assertThat(own).containsPattern("value=\"4\"[^>]*checked=\"checked\"");
		String other = this.users.signIn(second).get("/omgangar/" + round + "/omraden/GENERAL").body();
		assertThat(other).doesNotContain("checked=\"checked\"").contains("Du ser och ändrar bara dina egna svar.");
	}

	@Test
	void carriedOverAnswersAreMarkedAndFilteredUntilConfirmed() {
		String code = "2462";
		TestUser admin = this.users.orgAdmin(code);
		long previous = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, previous, KEY, 3);
		TestRounds.complete(this.http, admin, previous);
		long round = TestRounds.start(this.http, admin, Map.of("organisationCode", code, "modelKey", TestRounds.MODEL,
				"title", "Uppföljning", "mode", "GROUP", "prefill", true));
		PageSession session = this.users.signIn(admin);
		String carried = session.get("/omgangar/" + round + "/omraden/GENERAL?visa=overforda").body();
		assertThat(carried).contains("data-indicator=\"" + KEY + "\"").doesNotContain("data-indicator=\"" + OTHER + "\"")
			.contains("Från förra omgången").contains("name=\"bekrafta-" + KEY + "\"");
		PageSession.Response confirmed = session.post("/omgangar/" + round + "/omraden/GENERAL?visa=overforda",
				Map.of("version-" + KEY, String.valueOf(answer(admin, round, KEY).get("version")), "svar-" + KEY, "3",
						"bekrafta-" + KEY, "true"));
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(answer(admin, round, KEY)).containsEntry("carriedOver", false).containsEntry("level", 3);
		assertThat(session.get("/omgangar/" + round + "/omraden/GENERAL?visa=overforda").body())
			.contains("Inga indikatorer att visa med det här urvalet.");
	}

	@Test
	void theFacilitatorFiltersIndicatorsThatNeedDiscussion() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.individual(this.http, admin, CODE);
		TestUser first = this.users.participant(CODE);
		TestUser second = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, round, first, "Ledning");
		TestRounds.addParticipant(this.http, admin, round, second, "Medarbetare");
		TestRounds.answer(this.http, first, round, KEY, 0);
		TestRounds.answer(this.http, second, round, KEY, 4);
		TestRounds.answer(this.http, first, round, OTHER, 2);
		TestRounds.answer(this.http, second, round, OTHER, 2);
		String page = this.users.signIn(admin).get("/omgangar/" + round + "/omraden/GENERAL?visa=flaggade").body();
		assertThat(page).contains("data-indicator=\"" + KEY + "\"").doesNotContain("data-indicator=\"" + OTHER + "\"");
		assertThat(this.users.signIn(first).get("/omgangar/" + round + "/omraden/GENERAL").body())
			.doesNotContain("visa=flaggade");
	}

	@Test
	void aFormPostedAfterTheSessionExpiredIsKeptAndFilledInAfterSigningIn() {
		TestUser participant = this.users.participant(CODE);
		long round = TestRounds.group(this.http, this.users.orgAdmin(CODE), CODE);
		PageSession expired = PageSession.anonymous(this.users.baseUrl());
		Map<String, String> form = new HashMap<>(Map.of("version-" + KEY, "0", "svar-" + KEY, "3", "kommentar-" + KEY,
				"Skrivet innan sessionen gick ut"));
		form.put("_csrf", "token-of-the-expired-session");
		PageSession.Response posted = expired.postWithoutCsrf("/omgangar/" + round + "/omraden/GENERAL", form);
		assertThat(posted.status()).isEqualTo(302);
		assertThat(posted.location()).endsWith("/logga-in");
		PageSession.Response signedIn = expired.submitLogin(participant.username(), participant.password());
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).contains("/omgangar/" + round + "/omraden/GENERAL");
		String page = expired.get(signedIn.location()).body();
		assertThat(page).contains("Inte sparat än").contains("Skrivet innan sessionen gick ut")
			.containsPattern("id=\"svar-" + KEY + "-3\"[^>]*value=\"3\"[^>]*checked=\"checked\"");
		assertThat(answer(participant, round, KEY).get("answer")).isNull();
	}

	@Test
	void anAutosaveAfterTheSessionExpiredGets401AndSavesNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		this.http.post().uri("/omgangar/{id}/svar/{key}", round, KEY).accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).body("version=0&svar=2&_csrf=token-of-the-expired-session")
			.exchange().expectStatus().isUnauthorized();
		assertThat(answer(admin, round, KEY).get("answer")).isNull();
	}

	private Map<String, Object> answer(TestUser user, long round, String key) {
		List<Map<String, Object>> answers = this.http.get().uri("/api/v1/assessments/{id}/answers", round)
			.headers(user.bearer()).exchange().expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { })
			.returnResult().getResponseBody();
		return answers.stream().filter((a) -> key.equals(a.get("indicatorKey"))).findFirst().orElseThrow();
	}

}
