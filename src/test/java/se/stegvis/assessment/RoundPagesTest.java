package se.stegvis.assessment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The rounds page, the start form and a round's overview, through HTTP (issue 6 points 2 and 10). */
@IntegrationTest
class RoundPagesTest {

	private static final String CODE = "2401";

	@Autowired
	TestUsers users;

	@Autowired
	RestTestClient http;

	@Test
	void theMainNavigationsSelfAssessmentLeadsToTheRoundsPage() {
		PageSession session = this.users.signIn(this.users.participant(CODE));
		PageSession.Response response = session.get("/egenvardering");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/omgangar");
	}

	@Test
	void theRoundsPageListsTheSelectedOrganisationsRoundsWithStatusProgressAndMode() {
		TestUser admin = this.users.orgAdmin(CODE);
		long group = TestRounds.group(this.http, admin, CODE);
		long individual = TestRounds.individual(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, group, TestRounds.GENERAL_INDICATOR, 2);
		PageSession participant = this.users.signIn(this.users.participant(CODE));
		String page = participant.get("/omgangar").body();
		assertThat(page).contains("href=\"/omgangar/" + group + "\"").contains("href=\"/omgangar/" + individual + "\"")
			.contains("Pågår").contains("Inte påbörjad").contains("Tillsammans").contains("Var för sig")
			.contains("1 av 96 indikatorer").doesNotContain("href=\"/omgangar/ny\"");
		assertThat(this.users.signIn(admin).get("/omgangar").body()).contains("href=\"/omgangar/ny\"");
	}

	@Test
	void theStartFormOffersTheLatestSocialServicesModelAndEveryArea() {
		PageSession admin = this.users.signIn(this.users.orgAdmin(CODE));
		PageSession.Response form = admin.get("/omgangar/ny");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).containsPattern("<option value=\"stegvis-socialtjanst:1\\.0\\.0\" selected=\"selected\"")
			.contains("value=\"GENERAL\" checked=\"checked\"").contains("value=\"ELDERLY_CARE\" checked=\"checked\"")
			.containsPattern("id=\"published\"[^>]*checked=\"checked\"");
	}

	@Test
	void choosingAnotherModelShowsItsAreasAndKeepsWhatWasTyped() {
		PageSession admin = this.users.signIn(this.users.orgAdmin(CODE));
		PageSession.Response chosen = admin.get("/omgangar/ny?model=stegvis-organisation:1.0.0");
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.body()).contains("value=\"ORGANISATION\" checked=\"checked\"").doesNotContain("value=\"GENERAL\"")
			.contains("<input type=\"hidden\" name=\"model\" value=\"stegvis-organisation:1.0.0\">");
		PageSession.Response kept = admin.get("/omgangar/ny?model=stegvis-organisation:1.0.0&organisationCode=" + CODE
				+ "&title=Organisationen&period=2026&areas=GENERAL&targetLevel=2");
		assertThat(kept.body()).contains("value=\"Organisationen\"").contains("value=\"2026\"")
			.contains("value=\"ORGANISATION\" checked=\"checked\"").doesNotContain("value=\"GENERAL\"");
		PageSession.Response unknown = admin.get("/omgangar/ny?model=finns-inte:9.9.9");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.body()).contains("Bedömningsmodellen finns-inte:9.9.9 finns inte")
			.contains("value=\"GENERAL\" checked=\"checked\"");
	}

	@Test
	void onlyOrgAdminsMayStartARound() {
		PageSession participant = this.users.signIn(this.users.participant(CODE));
		assertThat(participant.get("/omgangar/ny").status()).isEqualTo(403);
		assertThat(participant.post("/omgangar/ny", Map.of("organisationCode", CODE, "title", "Nej", "mode", "GROUP",
				"model", "stegvis-socialtjanst:1.0.0", "areas", "GENERAL")).status()).isEqualTo(403);
	}

	@Test
	void anOrgAdminStartsAnIndividualRoundOfOneAreaWithATargetOverride() {
		TestUser admin = this.users.orgAdmin(CODE);
		PageSession session = this.users.signIn(admin);
		String title = "Var för sig " + System.nanoTime();
		PageSession.Response created = session.post("/omgangar/ny", Map.of("organisationCode", CODE, "title", title,
				"period", "HT 2026", "mode", "INDIVIDUAL", "model", "stegvis-socialtjanst:1.0.0", "areas", "GENERAL",
				"targetLevel", "3", "target-AREA-GENERAL", "4"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/omgangar/\\d+$");
		PageSession.Response overview = session.get(created.location());
		assertThat(overview.body()).contains(title).contains("Omgången " + title + " har startats.")
			.contains("Var för sig").contains("HT 2026").contains("/omraden/GENERAL").doesNotContain("/omraden/ELDERLY_CARE")
			.contains("/spridning").contains("/deltagare").contains("/avsluta").contains("/historik")
			.contains("/installningar").contains("/sammanfattning").contains("/forslag");
		assertThat(session.get(created.location()).body()).as("the confirmation is shown once, then no banner at all")
			.doesNotContain("har startats").doesNotContain("govuk-notification-banner");
		long id = Long.parseLong(created.location().replaceAll(".*/", ""));
		Map<?, ?> round = this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody(Map.class).returnResult().getResponseBody();
		assertThat(round.get("mode")).isEqualTo("INDIVIDUAL");
		assertThat(round.get("areas")).isEqualTo(List.of("GENERAL"));
		assertThat(round.get("published")).isEqualTo(false);
	}

	@Test
	void refusedStartInputIsShownInSwedishNextToTheFieldsAndNothingIsCreated() {
		TestUser admin = this.users.orgAdmin("2403");
		PageSession session = this.users.signIn(admin);
		PageSession.Response refused = session.post("/omgangar/ny", Map.of("organisationCode", "2403", "title", " ",
				"period", "x".repeat(101), "model", "stegvis-socialtjanst:1.0.0", "areas", "GENERAL",
				"target-AREA-GENERAL", "9"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary").contains("id=\"title-error\"")
			.contains("Ange en rubrik för omgången.").contains("id=\"period-error\"").contains("id=\"mode-error\"")
			.contains("id=\"target-AREA-GENERAL-error\"");
		PageSession.Response noAreas = session.post("/omgangar/ny", Map.of("organisationCode", "2403", "title", "Omgång",
				"mode", "GROUP", "model", "stegvis-socialtjanst:1.0.0"));
		assertThat(noAreas.status()).isEqualTo(400);
		assertThat(noAreas.body()).contains("Välj minst ett område.");
		assertThat(session.get("/omgangar").body()).contains("Organisationen har inga omgångar ännu.");
	}

	@Test
	void theOverviewShowsACompletedRoundAsReadOnlyWithoutAdminLinksForViewers() {
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.group(this.http, admin, CODE);
		TestRounds.complete(this.http, admin, round);
		PageSession viewer = this.users.signIn(this.users.viewer(CODE));
		String page = viewer.get("/omgangar/" + round).body();
		assertThat(page).contains("Omgången är avslutad").contains("/sammanfattning").doesNotContain("/deltagare")
			.doesNotContain("/avsluta");
		assertThat(this.users.signIn(admin).get("/omgangar/" + round).body()).contains("/ateroppna")
			.doesNotContain("/omgangar/" + round + "/avsluta");
	}

	@Test
	void anotherOrganisationsRoundIsNotFound() {
		long round = TestRounds.group(this.http, this.users.orgAdmin(CODE), CODE);
		PageSession outsider = this.users.signIn(this.users.orgAdmin("2403"));
		assertThat(outsider.get("/omgangar/" + round).status()).isEqualTo(404);
		assertThat(outsider.post("/omgangar/ny", Map.of("organisationCode", CODE, "title", "Intrång", "mode", "GROUP",
				"model", "stegvis-socialtjanst:1.0.0", "areas", "GENERAL")).status()).isEqualTo(404);
	}

}
