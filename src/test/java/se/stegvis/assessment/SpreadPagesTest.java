package se.stegvis.assessment;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/** The spread page: distribution per level and group, the flag, the filter and a versioned consensus (point 5). */
@IntegrationTest
class SpreadPagesTest {

	private static final String CODE = "2581";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theFacilitatorSeesCountsPerGroupTheDispersionAndTheFlagAndCanFilterToFlagged() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = spreadRound(admin);
		PageSession session = this.users.signIn(admin);
		PageSession.Response page = session.get("/omgangar/" + id + "/spridning");
		assertThat(page.status()).isEqualTo(200);
		String general = section(page.body(), GENERAL_INDICATOR);
		// Ledning 4, Medarbetare 1: mean 2.5, population standard deviation 1.5, span 3 → flagged, group gap 3.
		assertThat(general).contains("Behöver diskuteras").contains("2,5 (medelvärde av deltagarnas svar)").contains("1,5")
			.contains("3,0").contains("Ledning").contains("Medarbetare").contains("2 har svarat");
		assertThat(section(page.body(), OTHER_GENERAL_INDICATOR)).doesNotContain("govuk-tag--orange");
		PageSession.Response flagged = session.get("/omgangar/" + id + "/spridning?visa=diskuteras");
		assertThat(flagged.body()).contains("id=\"c-" + GENERAL_INDICATOR + "\"")
			.doesNotContain("id=\"c-" + OTHER_GENERAL_INDICATOR + "\"").contains("1 av ");
	}

	@Test
	void theFacilitatorReadsWhatEachGroupWroteBesideItsAnswerButNoNames() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestUser lead = this.users.participant(CODE);
		TestUser staff = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, id, lead, "Ledning");
		TestRounds.addParticipant(this.http, admin, id, staff, "Medarbetare");
		TestRounds.answer(this.http, lead, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 4, "comment", "Planen är beslutad <i>och</i> budgeterad",
				"evidenceUrl", "https://example.se/plan"));
		TestRounds.answer(this.http, staff, id, GENERAL_INDICATOR, Map.of("answer", "DONT_KNOW", "comment", "Vi har aldrig sett planen"));
		TestRounds.answer(this.http, lead, id, OTHER_GENERAL_INDICATOR, 2);

		PageSession.Response page = this.users.signIn(admin).get("/omgangar/" + id + "/spridning");

		assertThat(page.status()).isEqualTo(200);
		String general = section(page.body(), GENERAL_INDICATOR);
		assertThat(general).contains("Deltagarnas kommentarer (2)")
			.contains("Ledning – svarade nivå 4", "Planen är beslutad &lt;i&gt;och&lt;/i&gt; budgeterad")
			.contains("href=\"https://example.se/plan\"")
			.contains("Medarbetare – svarade Vet ej", "Vi har aldrig sett planen")
			.doesNotContain(lead.displayName(), staff.displayName(), lead.username(), staff.username());
		assertThat(general.indexOf("Ledning – svarade")).isLessThan(general.indexOf("Medarbetare – svarade"));
		assertThat(section(page.body(), OTHER_GENERAL_INDICATOR)).doesNotContain("Deltagarnas kommentarer");
		String api = this.http.get().uri("/api/v1/assessments/{id}/distribution", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(api).contains("\"comments\":[{\"respondentGroup\":\"Ledning\",\"answer\":{")
			.contains("\"comment\":\"Vi har aldrig sett planen\"", "\"evidenceUrl\":\"https://example.se/plan\"")
			.doesNotContain(lead.username(), staff.username());
	}

	@Test
	void theConsensusIsSavedWithANoteAndWinsOverTheMean() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = spreadRound(admin);
		PageSession session = this.users.signIn(admin);
		PageSession.Response saved = session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "3", "note", "Vi enades efter samtal", "version", "0"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).contains("/omgangar/" + id + "/spridning#c-" + GENERAL_INDICATOR);
		String general = section(session.get("/omgangar/" + id + "/spridning").body(), GENERAL_INDICATOR);
		assertThat(general).contains("3,0 (gemensam bedömning)").contains("Vi enades efter samtal")
			.contains("name=\"version\" value=\"1\"");
		assertThat(consensusLevel(admin, id)).isEqualTo("3");
	}

	@Test
	void aStaleConsensusShowsTheOtherPersonsValueAndOverwritesNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser other = this.users.orgAdmin(CODE);
		long id = spreadRound(admin);
		PageSession mine = this.users.signIn(admin);
		mine.get("/omgangar/" + id + "/spridning");
		this.http.put().uri("/api/v1/assessments/{id}/consensus/{key}", id, GENERAL_INDICATOR).headers(other.bearer())
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 1, "note", "Vi börjar lågt")).exchange().expectStatus().isOk();
		PageSession.Response stale = mine.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "4", "note", "Högt", "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		String general = section(stale.body(), GENERAL_INDICATOR);
		assertThat(stale.body()).contains("govuk-error-summary").contains("Någon annan har sparat en gemensam bedömning");
		assertThat(general).contains("Någon annan hann före").contains(other.displayName() + " satte 1,0")
			.contains("Vi börjar lågt").contains("name=\"version\" value=\"1\"").contains("value=\"4\" checked");
		assertThat(consensusLevel(admin, id)).isEqualTo("1");
		PageSession.Response decided = mine.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "4", "note", "Högt", "version", "1"));
		assertThat(decided.status()).isEqualTo(302);
		assertThat(consensusLevel(admin, id)).isEqualTo("4");
	}

	@Test
	void badConsensusInputIsShownInlineAndNothingIsSaved() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = spreadRound(admin);
		PageSession session = this.users.signIn(admin);
		PageSession.Response none = session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "", "version", "0"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("id=\"c-" + GENERAL_INDICATOR + "-value-error\"")
			.contains("Välj en nivå, Vet ej eller Ej relevant.");
		PageSession.Response outside = session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "9", "version", "0"));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.body()).contains("Nivån 9 finns inte");
		PageSession.Response longNote = session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "2", "note", "x".repeat(4001), "version", "0"));
		assertThat(longNote.status()).isEqualTo(400);
		assertThat(longNote.body()).contains("id=\"c-" + GENERAL_INDICATOR + "-note-error\"")
			.contains("Anteckningen får vara högst");
		PageSession.Response outsideRound = session.post("/omgangar/" + id + "/spridning/" + TestRounds.ELDERLY_INDICATOR,
				Map.of("value", "2", "version", "0"));
		assertThat(outsideRound.status()).isEqualTo(400);
		assertThat(outsideRound.body()).contains("hör till ett område som inte ingår i omgången");
		assertThat(consensusLevel(admin, id)).isNull();
	}

	@Test
	void aGroupRoundHasNoSpreadAndACompletedRoundTakesNoConsensus() {
		TestUser admin = this.users.orgAdmin(CODE);
		PageSession session = this.users.signIn(admin);
		long group = TestRounds.group(this.http, admin, CODE);
		PageSession.Response groupPage = session.get("/omgangar/" + group + "/spridning");
		assertThat(groupPage.status()).isEqualTo(409);
		assertThat(groupPage.body()).contains("svarar gruppen tillsammans");
		long id = spreadRound(admin);
		TestRounds.complete(this.http, admin, id);
		PageSession.Response completed = session.post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "2", "version", "0"));
		assertThat(completed.status()).isEqualTo(409);
		assertThat(completed.body()).contains("Omgången är avslutad. Inget har ändrats.");
		assertThat(consensusLevel(admin, id)).isNull();
	}

	@Test
	void participantsMayNotSetTheConsensusAndOutsidersSeeNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = spreadRound(admin);
		assertThat(this.users.signIn(this.users.participant(CODE)).post("/omgangar/" + id + "/spridning/" + GENERAL_INDICATOR,
				Map.of("value", "2", "version", "0")).status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.viewer(CODE)).get("/omgangar/" + id + "/spridning").status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.orgAdmin("2582")).get("/omgangar/" + id + "/spridning").status()).isEqualTo(404);
		assertThat(consensusLevel(admin, id)).isNull();
	}

	/** An individual round where Ledning says 4 and Medarbetare 1 on GENERAL_INDICATOR, and both 2 on the other. */
	private long spreadRound(TestUser admin) {
		long id = TestRounds.individual(this.http, admin, CODE);
		TestUser lead = this.users.participant(CODE);
		TestUser staff = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, id, lead, "Ledning");
		TestRounds.addParticipant(this.http, admin, id, staff, "Medarbetare");
		TestRounds.answer(this.http, lead, id, GENERAL_INDICATOR, 4);
		TestRounds.answer(this.http, staff, id, GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, lead, id, OTHER_GENERAL_INDICATOR, 2);
		TestRounds.answer(this.http, staff, id, OTHER_GENERAL_INDICATOR, 2);
		return id;
	}

	private static String section(String html, String key) {
		Matcher m = Pattern.compile("(?s)<section[^>]*id=\"c-" + Pattern.quote(key) + "\".*?</section>").matcher(html);
		assertThat(m.find()).as("section of %s", key).isTrue();
		return m.group();
	}

	/** The consensus level of GENERAL_INDICATOR through the API, or null. */
	private String consensusLevel(TestUser admin, long id) {
		String body = this.http.get().uri("/api/v1/assessments/{id}/distribution", id).headers(admin.bearer()).exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		Matcher m = Pattern.compile("\"indicatorKey\":\"" + GENERAL_INDICATOR + "\".*?\"consensus\":(null|\\{[^}]*\\})")
			.matcher(body);
		if (!m.find() || "null".equals(m.group(1))) {
			return null;
		}
		Matcher level = Pattern.compile("\"level\":(\\d+)").matcher(m.group(1));
		return level.find() ? level.group(1) : null;
	}

}
