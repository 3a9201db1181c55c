package se.stegvis.assessment;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets with overrides and publication on the settings page; bad input inline and nothing saved. */
@IntegrationTest
class RoundSettingsPagesTest {

	private static final String CODE = "2580";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theOrgAdminSetsTheRoundTargetAndAnAreaOverride() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		PageSession.Response form = session.get("/omgangar/" + id + "/installningar");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"AREA.GENERAL\"").contains("name=\"level\"");
		Map<String, String> fields = new HashMap<>();
		fields.put("level", "3");
		fields.put("AREA.GENERAL", "4");
		fields.put("AREA.ELDERLY_CARE", "");
		PageSession.Response saved = session.post("/omgangar/" + id + "/installningar/mal", fields);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(targets(admin, id)).contains("level=3").contains("area-GENERAL=4").contains("area-ELDERLY_CARE= ");
		assertThat(session.get("/omgangar/" + id + "/installningar").body()).contains("Målen är sparade.");
	}

	@Test
	void aLevelOutsideTheScaleIsShownNextToItsFieldAndNothingIsSaved() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		String before = targets(admin, id);
		PageSession.Response refused = session.post("/omgangar/" + id + "/installningar/mal",
				Map.of("level", "3", "AREA.GENERAL", "9"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("govuk-error-summary").contains("id=\"area-GENERAL-error\"")
			.contains("Nivån 9 finns inte");
		PageSession.Response notANumber = session.post("/omgangar/" + id + "/installningar/mal", Map.of("level", "hög"));
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("id=\"level-error\"").contains("Välj en nivå för Omgångens mål.");
		assertThat(targets(admin, id)).isEqualTo(before);
	}

	@Test
	void publicationIsTurnedOffAndOnAndAMissingChoiceIsRefused() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		assertThat(session.post("/omgangar/" + id + "/installningar/publicering", Map.of("published", "false")).status())
			.isEqualTo(302);
		assertThat(round(admin, id)).contains("\"published\":false");
		PageSession.Response refused = session.post("/omgangar/" + id + "/installningar/publicering", Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Välj om omgången ska ingå i jämförelser.");
		assertThat(round(admin, id)).contains("\"published\":false");
	}

	@Test
	void targetsOfACompletedRoundCannotBeChanged() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		TestRounds.complete(this.http, admin, id);
		PageSession session = this.users.signIn(admin);
		String before = targets(admin, id);
		PageSession.Response refused = session.post("/omgangar/" + id + "/installningar/mal", Map.of("level", "2"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("Omgången är avslutad. Inget har ändrats.");
		assertThat(targets(admin, id)).isEqualTo(before);
	}

	@Test
	void participantsMayNotChangeSettingsAndOutsidersSeeNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		assertThat(this.users.signIn(this.users.participant(CODE))
			.post("/omgangar/" + id + "/installningar/publicering", Map.of("published", "false")).status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.orgAdmin("2581")).get("/omgangar/" + id + "/installningar").status())
			.isEqualTo(404);
		assertThat(round(admin, id)).contains("\"published\":true");
	}

	/** The targets as the settings page shows them: the chosen option of every select, in page order. */
	private String targets(TestUser admin, long id) {
		String html = this.users.signIn(admin).get("/omgangar/" + id + "/installningar").body();
		StringBuilder chosen = new StringBuilder();
		Matcher select = Pattern.compile("(?s)<select[^>]*id=\"([^\"]+)\".*?</select>").matcher(html);
		while (select.find()) {
			Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group());
			chosen.append(select.group(1)).append('=').append(option.find() ? option.group(1) : "").append(' ');
		}
		return chosen.toString().strip();
	}

	private String round(TestUser admin, long id) {
		return this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody(String.class).returnResult().getResponseBody();
	}

}
