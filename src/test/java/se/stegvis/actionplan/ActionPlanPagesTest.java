package se.stegvis.actionplan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;

/** The action plan pages through HTTP: suggestions, the item form, list, board, item page and follow-up (issue 10). */
@IntegrationTest
class ActionPlanPagesTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theSuggestionsPageShowsWhyAndLetsEditorsAddButNotViewers() {
		String code = "2401";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, GENERAL_INDICATOR, 1);
		PageSession.Response page = this.users.signIn(admin).get("/omgangar/" + round + "/forslag");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Förslag till handlingsplanen").contains("Nu 1,0, målet är 4. Gapet är 3,0.")
			.contains("Lägg till i handlingsplanen").contains("/omgangar/" + round + "/handlingsplan/ny?aktivitet=");
		PageSession.Response filtered = this.users.signIn(admin).get("/omgangar/" + round + "/forslag?insats=L&omrade=GENERAL");
		assertThat(filtered.status()).isEqualTo(200);
		assertThat(filtered.body()).doesNotContain("Liten insats</dd>");
		PageSession.Response viewer = this.users.signIn(this.users.viewer(code)).get("/omgangar/" + round + "/forslag");
		assertThat(viewer.status()).isEqualTo(200);
		assertThat(viewer.body()).doesNotContain("/handlingsplan/ny");
		assertThat(this.users.signIn(this.users.viewer(code)).get("/omgangar/" + round + "/handlingsplan/ny").status())
			.isEqualTo(403);
	}

	@Test
	void anItemAdoptedFromASuggestionIsPrefilledSavedAndShown() {
		String code = "2403";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, GENERAL_INDICATOR, 0);
		Map<?, ?> first = suggestions(admin, round).get(0);
		PageSession session = this.users.signIn(admin);
		PageSession.Response form = session.get("/omgangar/" + round + "/handlingsplan/ny?aktivitet=" + first.get("activityKey"));
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Förslaget är ifyllt").contains("value=\"" + first.get("title") + "\"")
			.contains("value=\"" + GENERAL_INDICATOR + "\"");
		PageSession.Response saved = session.post("/omgangar/" + round + "/handlingsplan/ny",
				Map.of("title", "Ta fram en strategi", "activityKey", first.get("activityKey").toString(),
						"indicatorKeys", GENERAL_INDICATOR, "startDate", "2027-01-01", "dueDate", "2027-05-31",
						"priority", "HIGH", "status", "IN_PROGRESS", "owner", "Socialchefen"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).contains("/handlingsplan/punkter/");
		PageSession.Response item = session.get(saved.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.body()).contains("Ta fram en strategi").contains("Socialchefen").contains("Pågår").contains("Hög");
		assertThat(suggestions(admin, round).get(0).get("adopted")).isEqualTo(true);
	}

	@Test
	void badFormInputIsShownNextToTheFieldsAndNothingIsSaved() {
		String code = "2404";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		PageSession.Response refused = this.users.signIn(admin).post("/omgangar/" + round + "/handlingsplan/ny",
				Map.of("title", "", "indicatorKeys", GENERAL_INDICATOR, "startDate", "2027-05-01", "dueDate", "2027-04-01",
						"priority", "MEDIUM", "status", "NOT_STARTED"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary").contains("id=\"title-error\"")
			.contains("Skriv en rubrik för åtgärden.").contains("id=\"dueDate-error\"")
			.contains("Slutdatum kan inte vara före startdatum.");
		assertThat(items(admin, round)).isEmpty();
	}

	@Test
	void savingAnOutdatedFormShowsTheStoredItemAndOverwritesNothing() {
		String code = "2409";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		long id = TestPlans.item(this.http, admin, round, TestPlans.body("Utbildning", GENERAL_INDICATOR));
		PageSession session = this.users.signIn(admin);
		assertThat(session.get("/handlingsplan/punkter/" + id + "/andra").body()).contains("name=\"version\" value=\"1\"");
		this.http.patch().uri("/api/v1/action-items/{id}", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("title", "Utbildning för alla")).exchange()
			.expectStatus().isOk();
		PageSession.Response stale = session.post("/handlingsplan/punkter/" + id + "/andra",
				Map.of("title", "Min ändring", "indicatorKeys", GENERAL_INDICATOR, "priority", "LOW", "status", "DONE",
						"version", "1"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body()).contains("Någon annan har ändrat åtgärden").contains("Utbildning för alla")
			.contains("value=\"Min ändring\"").contains("name=\"version\" value=\"2\"");
		assertThat(items(admin, round).get(0).get("title")).isEqualTo("Utbildning för alla");
	}

	@Test
	void theListFiltersAndMarksOverdueItemsAndTheBoardMovesAnItem() {
		String code = "2417";
		TestUser admin = this.users.orgAdmin(code);
		TestUser participant = this.users.participant(code);
		long round = TestRounds.group(this.http, admin, code);
		Map<String, Object> late = TestPlans.body("Sen åtgärd", GENERAL_INDICATOR);
		late.put("startDate", "2020-01-01");
		late.put("dueDate", "2020-03-01");
		TestPlans.item(this.http, admin, round, late);
		long onTime = TestPlans.item(this.http, admin, round, TestPlans.body("Åtgärd i tid", GENERAL_INDICATOR));
		PageSession session = this.users.signIn(participant);
		PageSession.Response overdue = session.get("/handlingsplan/" + code + "?visa=forsenade&sortering=title");
		assertThat(overdue.status()).isEqualTo(200);
		assertThat(overdue.body()).contains("Sen åtgärd").contains("Försenad").doesNotContain("Åtgärd i tid");
		PageSession.Response board = session.get("/handlingsplan/" + code + "/tavla");
		assertThat(board.status()).isEqualTo(200);
		assertThat(board.body()).contains("Ej påbörjad (2)").contains("id=\"status-" + onTime + "\"");
		PageSession.Response moved = session.post("/handlingsplan/punkter/" + onTime + "/status",
				Map.of("status", "DONE", "version", "1", "tillbaka", "/handlingsplan/" + code + "/tavla"));
		assertThat(moved.status()).isEqualTo(302);
		assertThat(moved.location()).contains("/handlingsplan/" + code + "/tavla");
		assertThat(session.get("/handlingsplan/" + code + "/tavla").body()).contains("Klar (1)")
			.contains("Åtgärden Åtgärd i tid har nu status Klar.");
		PageSession.Response again = session.post("/handlingsplan/punkter/" + onTime + "/status",
				Map.of("status", "PAUSED", "version", "1"));
		assertThat(again.status()).isEqualTo(302);
		assertThat(session.get(again.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Någon annan har sparat");
		assertThat(this.users.signIn(this.users.viewer(code)).get("/handlingsplan/" + code + "/tavla").body())
			.doesNotContain("/status\"");
	}

	@Test
	void followUpsAreWrittenOnTheItemPage() {
		String code = "2418";
		TestUser admin = this.users.orgAdmin(code);
		long id = TestPlans.item(this.http, admin, code);
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/handlingsplan/punkter/" + id + "/uppfoljningar",
				Map.of("date", "förra veckan", "text", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"date-error\"").contains("id=\"text-error\"");
		PageSession.Response saved = session.post("/handlingsplan/punkter/" + id + "/uppfoljningar",
				Map.of("date", "2027-02-03", "text", "Styrgruppen har beslutat."));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(session.get("/handlingsplan/punkter/" + id).body()).contains("Styrgruppen har beslutat.")
			.contains("2027-02-03, " + admin.displayName());
	}

	@Test
	void deletingAnItemAsksFirstAndOnlyTheConfirmationDeletesIt() {
		String code = "2425";
		TestUser admin = this.users.orgAdmin(code);
		long id = TestPlans.item(this.http, admin, code);
		PageSession session = this.users.signIn(admin);
		session.post("/handlingsplan/punkter/" + id + "/uppfoljningar", Map.of("date", "2027-02-03", "text", "Klart snart."));
		PageSession.Response asked = session.post("/handlingsplan/punkter/" + id + "/ta-bort", Map.of("version", "1"));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Ta bort åtgärden Ta fram en strategi?")
			.contains("tillsammans med dess uppföljning. Det går inte att ångra.")
			.contains("name=\"confirmed\" value=\"true\"");
		assertThat(session.get("/handlingsplan/punkter/" + id).status()).isEqualTo(200);
		PageSession.Response deleted = session.post("/handlingsplan/punkter/" + id + "/ta-bort",
				Map.of("version", "1", "confirmed", "true"));
		assertThat(deleted.status()).isEqualTo(302);
		assertThat(session.get("/handlingsplan/punkter/" + id).status()).isEqualTo(404);
	}

	@Test
	void theFollowUpPageShowsProgressAndTheValuesBeforeAndAfterOnceALaterRoundIsCompleted() {
		String code = "2421";
		TestUser admin = this.users.orgAdmin(code);
		long first = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, first, GENERAL_INDICATOR, 1);
		Map<String, Object> done = TestPlans.body("Strategin beslutad", GENERAL_INDICATOR);
		done.put("status", "DONE");
		TestPlans.item(this.http, admin, first, done);
		TestPlans.item(this.http, admin, first, TestPlans.body("Uppföljning av strategin", GENERAL_INDICATOR));
		TestRounds.complete(this.http, admin, first);
		PageSession session = this.users.signIn(admin);
		PageSession.Response before = session.get("/uppfoljning/" + code);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.body()).contains("När en senare omgång är avslutad");
		long second = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, second, GENERAL_INDICATOR, 3);
		TestRounds.complete(this.http, admin, second);
		PageSession.Response after = session.get("/uppfoljning/" + code);
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.body()).contains("1,0").contains("3,0").contains("+2,0")
			.contains("Strategin beslutad (Klar)").contains("Uppföljning av strategin (Ej påbörjad)");
		PageSession.Response list = session.get("/handlingsplan/" + code);
		assertThat(list.body()).contains("Från en tidigare omgång");
	}

	@Test
	void theMainNavigationOpensTheSelectedOrganisationsPlanAndFollowUp() {
		String code = "2380";
		PageSession session = this.users.signIn(this.users.viewer(code));
		assertThat(session.get("/handlingsplan").location()).endsWith("/handlingsplan/" + code);
		assertThat(session.get("/uppfoljning").location()).endsWith("/uppfoljning/" + code);
		assertThat(session.get("/handlingsplan/" + code).status()).isEqualTo(200);
		assertThat(session.get("/uppfoljning/" + code).status()).isEqualTo(200);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> suggestions(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/suggestions", round).headers(user.bearer())
			.exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/action-items", round).headers(user.bearer())
			.exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
	}

}
