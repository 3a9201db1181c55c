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

/** The participants page: add members with a respondent group, change it, remove, response rates, reminder (point 3). */
@IntegrationTest
class ParticipantPagesTest {

	private static final String CODE = "2580";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void theOrgAdminAddsAMemberWithARespondentGroupAndSeesTheResponseRate() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser anna = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		PageSession.Response form = session.get("/omgangar/" + id + "/deltagare");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains(anna.username()).contains("Ledning").contains("Medarbetare")
			.contains("id=\"reminder\"").contains("/omgangar/" + id);
		PageSession.Response added = session.post("/omgangar/" + id + "/deltagare",
				Map.of("username", anna.username(), "respondentGroup", "Ledning", "newGroup", ""));
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.location()).endsWith("/omgangar/" + id + "/deltagare");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 2);
		PageSession.Response page = session.get("/omgangar/" + id + "/deltagare");
		assertThat(page.body()).contains("har lagts till som deltagare").contains("Svarsfrekvens per svarsgrupp")
			.contains("1 av 1");
		assertThat(TestRounds.participants(this.http, admin, id)).hasSize(1);
	}

	@Test
	void aNewGroupTypedInWinsAndCanBeChangedLater() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser bo = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		session.post("/omgangar/" + id + "/deltagare",
				Map.of("username", bo.username(), "respondentGroup", "Ledning", "newGroup", "Biståndshandläggare"));
		assertThat(group(admin, id, bo)).isEqualTo("Biståndshandläggare");
		PageSession.Response changed = session.post("/omgangar/" + id + "/deltagare/grupp",
				Map.of("username", bo.username(), "respondentGroup", "Medarbetare"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(group(admin, id, bo)).isEqualTo("Medarbetare");
	}

	@Test
	void aGroupNameTooLongOrANonMemberIsShownInlineAndNothingIsAdded() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser outsider = this.users.participant("2581");
		TestUser cia = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		PageSession session = this.users.signIn(admin);
		PageSession.Response tooLong = session.post("/omgangar/" + id + "/deltagare",
				Map.of("username", cia.username(), "respondentGroup", "", "newGroup", "x".repeat(101)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("govuk-error-summary").contains("id=\"newGroup-error\"")
			.contains("Svarsgruppen får vara högst 100 tecken.");
		PageSession.Response notMember = session.post("/omgangar/" + id + "/deltagare",
				Map.of("username", outsider.username(), "respondentGroup", ""));
		assertThat(notMember.status()).isEqualTo(400);
		assertThat(notMember.body()).contains("id=\"username-error\"").contains("är inte medlem i organisationen");
		PageSession.Response none = session.post("/omgangar/" + id + "/deltagare", Map.of("username", ""));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("Ange användarnamnet på en medlem i organisationen.");
		assertThat(TestRounds.participants(this.http, admin, id)).isEmpty();
	}

	@Test
	void removingAParticipantWithAnswersAsksFirstThenRemovesThem() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser dan = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, dan, "Medarbetare");
		TestRounds.answer(this.http, dan, id, GENERAL_INDICATOR, 3);
		PageSession session = this.users.signIn(admin);
		PageSession.Response asked = session.post("/omgangar/" + id + "/deltagare/ta-bort", Map.of("username", dan.username()));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("1 svar som deltagaren har gett tas bort för gott.");
		assertThat(TestRounds.participants(this.http, admin, id)).hasSize(1);
		PageSession.Response removed = session.post("/omgangar/" + id + "/deltagare/ta-bort",
				Map.of("username", dan.username(), "confirmed", "true"));
		assertThat(removed.status()).isEqualTo(302);
		assertThat(TestRounds.participants(this.http, admin, id)).isEmpty();
	}

	@Test
	void aCompletedRoundSaysSoAndChangesNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser eva = this.users.participant(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		TestRounds.complete(this.http, admin, id);
		PageSession session = this.users.signIn(admin);
		assertThat(session.get("/omgangar/" + id + "/deltagare").body()).contains("Omgången är avslutad");
		PageSession.Response refused = session.post("/omgangar/" + id + "/deltagare",
				Map.of("username", eva.username(), "respondentGroup", "Ledning"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("Omgången är avslutad. Inget har ändrats.");
		assertThat(TestRounds.participants(this.http, admin, id)).isEmpty();
	}

	@Test
	void participantsAndViewersMayNotChangeParticipantsAndOutsidersSeeNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser participant = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		PageSession asParticipant = this.users.signIn(participant);
		assertThat(asParticipant.post("/omgangar/" + id + "/deltagare",
				Map.of("username", participant.username())).status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.viewer(CODE)).get("/omgangar/" + id + "/deltagare").status()).isEqualTo(403);
		assertThat(this.users.signIn(this.users.orgAdmin("2581")).get("/omgangar/" + id + "/deltagare").status()).isEqualTo(404);
		assertThat(TestRounds.participants(this.http, admin, id)).isEmpty();
	}

	private String group(TestUser admin, long id, TestUser who) {
		return TestRounds.participants(this.http, admin, id).get(who.username());
	}

}
