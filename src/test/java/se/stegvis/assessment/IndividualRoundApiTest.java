package se.stegvis.assessment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;

/** Individual mode: own answers, the facilitator's distribution and consensus, response rates (issue 6 points 3, 5). */
@IntegrationTest
class IndividualRoundApiTest {

	private static final String CODE = "1481";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void eachParticipantSeesOnlyTheirOwnAnswers() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser anna = this.users.participant(CODE);
		TestUser bo = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, anna, "Ledning");
		TestRounds.addParticipant(this.http, admin, id, bo, "Medarbetare");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 4);
		TestRounds.answer(this.http, bo, id, GENERAL_INDICATOR, 1);
		this.http.get().uri("/api/v1/assessments/{id}/answers", id).headers(anna.bearer()).exchange()
			.expectBody().jsonPath("$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')].level").isEqualTo(4);
		this.http.get().uri("/api/v1/assessments/{id}/answers", id).headers(bo.bearer()).exchange()
			.expectBody().jsonPath("$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')].level").isEqualTo(1);
	}

	@Test
	void someoneWhoIsNotAParticipantMayNotAnswerAnIndividualRound() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser outsider = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR).headers(outsider.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "LEVEL", "level", 2)).exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void theFacilitatorSeesTheDistributionPerGroupAndTheFlag() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser anna = this.users.participant(CODE);
		TestUser bo = this.users.participant(CODE);
		TestUser cilla = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, anna, "Ledning");
		TestRounds.addParticipant(this.http, admin, id, bo, "Medarbetare");
		TestRounds.addParticipant(this.http, admin, id, cilla, "Medarbetare");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 4);
		TestRounds.answer(this.http, bo, id, GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, cilla, id, GENERAL_INDICATOR, 2);
		String indicator = "$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')]";
		this.http.get().uri("/api/v1/assessments/{id}/distribution", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath(indicator + ".value.level").isEqualTo(2.3)
			.jsonPath(indicator + ".needsDiscussion").isEqualTo(true)
			.jsonPath(indicator + ".counts.1").isEqualTo(1)
			.jsonPath(indicator + ".counts.4").isEqualTo(1)
			.jsonPath(indicator + ".dispersion").isEqualTo(1.2)
			.jsonPath(indicator + ".groupGap").isEqualTo(2.5)
			.jsonPath(indicator + ".groups[?(@.group == 'Medarbetare')].mean").isEqualTo(1.5);
		this.http.get().uri("/api/v1/assessments/{id}/participants", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.participants.length()").isEqualTo(3)
			.jsonPath("$.groups[?(@.respondentGroup == 'Medarbetare')].participants").isEqualTo(2)
			.jsonPath("$.groups[?(@.respondentGroup == 'Medarbetare')].started").isEqualTo(2)
			.jsonPath("$.suggestedGroups[0]").isEqualTo("Ledning");
	}

	@Test
	void theConsensusWinsAndAStaleConsensusGets412() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser otherAdmin = this.users.orgAdmin(CODE);
		TestUser anna = this.users.participant(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, anna, "Ledning");
		TestRounds.answer(this.http, anna, id, GENERAL_INDICATOR, 1);
		this.http.put().uri("/api/v1/assessments/{id}/consensus/{k}", id, GENERAL_INDICATOR).headers(admin.bearer())
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 3, "note", "Enade efter samtal")).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", "\"1\"")
			.expectBody().jsonPath("$.note").isEqualTo("Enade efter samtal");
		this.http.put().uri("/api/v1/assessments/{id}/consensus/{k}", id, GENERAL_INDICATOR).headers(otherAdmin.bearer())
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "DONT_KNOW")).exchange()
			.expectStatus().isEqualTo(412)
			.expectBody().jsonPath("$.current.level").isEqualTo(3).jsonPath("$.current.note").isEqualTo("Enade efter samtal");
		this.http.get().uri("/api/v1/assessments/{id}/scores", id).headers(anna.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.preliminary").isEqualTo(true)
			.jsonPath("$.overall.score").isEqualTo(75.0)
			.jsonPath("$.overall.scored").isEqualTo(1);
	}

	@Test
	void aPersonWhoIsNotAMemberCannotBeAdded() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser stranger = this.users.participant("0180");
		long id = TestRounds.individual(this.http, admin, CODE);
		this.http.post().uri("/api/v1/assessments/{id}/participants", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("username", stranger.username())).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
	}

}
