package se.stegvis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.account.AuditLog;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/** Rounds through HTTP: status, answers with versions, completion, bad input and the audit trail (issue 6). */
@IntegrationTest
class RoundApiTest {

	private static final String CODE = "1480";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	AuditLog audit;

	@Test
	void aRoundStartsAsDraftAndTheFirstAnswerPutsItInProgress() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("DRAFT")
			.jsonPath("$.mode").isEqualTo("GROUP")
			.jsonPath("$.modelVersion").isEqualTo("1.0.0")
			.jsonPath("$.published").isEqualTo(true)
			.jsonPath("$.progress.answered").isEqualTo(0)
			.jsonPath("$.progress.total").isEqualTo(96);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 2);
		this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody()
			.jsonPath("$.status").isEqualTo("IN_PROGRESS")
			.jsonPath("$.progress.answered").isEqualTo(1);
		this.http.get().uri("/api/v1/assessments?organisationCode={c}", CODE).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$[?(@.id == " + id + ")].status").isEqualTo("IN_PROGRESS");
	}

	@Test
	void successiveSavesWithTheReturnedVersionNeverConflict() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		String etag = "\"0\"";
		for (int level = 0; level <= 4; level++) {
			etag = this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR)
				.headers(admin.bearer()).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "LEVEL", "level", level))
				.exchange()
				.expectStatus().isOk()
				.expectHeader().valueEquals("ETag", "\"" + (level + 1) + "\"")
				.expectBody().jsonPath("$.version").isEqualTo(level + 1)
				.returnResult().getResponseHeaders().getETag();
		}
		this.http.get().uri("/api/v1/assessments/{id}/answers", id).headers(admin.bearer()).exchange()
			.expectBody()
			.jsonPath("$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')].level").isEqualTo(4)
			.jsonPath("$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')].version").isEqualTo(5);
	}

	@Test
	void aStaleGroupAnswerGets412WithTheOtherPersonsValueAndChangesNothing() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser colleague = this.users.participant(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR).headers(admin.bearer())
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 3, "comment", "Vi har en strategi")).exchange()
			.expectStatus().isOk();
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR).headers(colleague.bearer())
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 1)).exchange()
			.expectStatus().isEqualTo(412)
			.expectHeader().valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.current.level").isEqualTo(3)
			.jsonPath("$.current.comment").isEqualTo("Vi har en strategi")
			.jsonPath("$.current.version").isEqualTo(1);
		this.http.get().uri("/api/v1/assessments/{id}/answers", id).headers(colleague.bearer()).exchange()
			.expectBody().jsonPath("$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')].level").isEqualTo(3);
	}

	@Test
	void twoPeopleSavingTheSameAnswerAtOnceLoseNothingSilently() throws Exception {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		List<TestUser> people = List.of(admin, this.users.participant(CODE), this.users.participant(CODE),
				this.users.participant(CODE));
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < people.size(); i++) {
				TestUser person = people.get(i);
				int level = i;
				Callable<Integer> save = () -> this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, OTHER_GENERAL_INDICATOR)
					.headers(person.bearer()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("answer", "LEVEL", "level", level)).exchange().returnResult().getStatus().value();
				results.add(pool.submit(save));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).filteredOn((s) -> s == 200).hasSize(1);
			assertThat(statuses).filteredOn((s) -> s == 412).hasSize(people.size() - 1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aCompletedRoundRefusesAnswersUntilReopenedWithAReason() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 2);
		this.http.get().uri("/api/v1/assessments/{id}/unanswered", id).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.length()").isEqualTo(95);
		this.http.post().uri("/api/v1/assessments/{id}/complete", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("COMPLETED").jsonPath("$.firstCompletedAt").isNotEmpty();
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "LEVEL", "level", 4)).exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post().uri("/api/v1/assessments/{id}/reopen", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", " ")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		String first = this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody(Map.class).returnResult().getResponseBody().get("firstCompletedAt").toString();
		this.http.post().uri("/api/v1/assessments/{id}/reopen", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Fel nivå på strategin")).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("IN_PROGRESS").jsonPath("$.firstCompletedAt").isEqualTo(first);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 4);
		this.http.get().uri("/api/v1/assessments/{id}/history", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.action == 'assessment.reopened')].newValue").isEqualTo("Fel nivå på strategin")
			.jsonPath("$[?(@.action == 'assessment.status-changed' && @.newValue == 'COMPLETED')].oldValue").isEqualTo("IN_PROGRESS");
	}

	@Test
	void badAnswersAreRefusedNamingTheFieldAndNothingIsSaved() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.individual(this.http, admin, CODE);
		TestRounds.addParticipant(this.http, admin, id, admin, "Ledning");
		refused(admin, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 5), "level");
		refused(admin, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL"), "level");
		refused(admin, id, "NO-SUCH-INDICATOR", Map.of("answer", "LEVEL", "level", 1), "indicatorKey");
		refused(admin, id, TestRounds.ELDERLY_INDICATOR, Map.of("answer", "LEVEL", "level", 1), "indicatorKey");
		refused(admin, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 1, "comment", "x".repeat(4001)), "comment");
		refused(admin, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 1, "evidenceUrl", "javascript:alert(1)"),
				"evidenceUrl");
		refused(admin, id, GENERAL_INDICATOR, Map.of("answer", "LEVEL", "level", 1, "evidenceUrl", "ftp://example.se/x"),
				"evidenceUrl");
		this.http.get().uri("/api/v1/assessments/{id}", id).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.progress.answered").isEqualTo(0);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, GENERAL_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 1, "comment", "x".repeat(4000), "evidenceUrl", "https://example.se/plan.pdf"))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void aConsensusInAGroupRoundIsAConflict() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		this.http.put().uri("/api/v1/assessments/{id}/consensus/{k}", id, GENERAL_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "LEVEL", "level", 2)).exchange()
			.expectStatus().isEqualTo(409);
	}

	@Test
	void everyChangeIsInTheAuditTrailWithOldAndNewValue() {
		TestUser admin = this.users.orgAdmin(CODE);
		long id = TestRounds.group(this.http, admin, CODE);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 1);
		TestRounds.answer(this.http, admin, id, GENERAL_INDICATOR, 3);
		this.http.put().uri("/api/v1/assessments/{id}/targets", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("level", 3, "overrides", List.of(Map.of("scope", "AREA", "key", "GENERAL", "level", 4))))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.level").isEqualTo(3).jsonPath("$.overrides[0].key").isEqualTo("GENERAL");
		this.http.put().uri("/api/v1/assessments/{id}/publication", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("published", false)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(false);
		TestUser participant = this.users.participant(CODE);
		TestRounds.addParticipant(this.http, admin, id, participant, "Medarbetare");
		String subject = "assessment:" + id;
		assertThat(this.audit.forOrganisation(CODE, 1000)).filteredOn((e) -> e.subject().startsWith(subject)
				|| subject.equals(e.newValue()) || (e.newValue() != null && e.newValue().startsWith(subject)))
			.extracting((e) -> e.action() + " " + e.oldValue() + " → " + e.newValue())
			.contains("assessment.answer-changed null → 1", "assessment.answer-changed 1 → 3",
					"assessment.targets-changed max → 3 AREA:GENERAL=4", "assessment.publication-changed true → false",
					"assessment.participant-added null → " + subject + " Medarbetare");
	}

	@Test
	void badRoundInputNamesEveryField() {
		TestUser admin = this.users.orgAdmin(CODE);
		this.http.post().uri("/api/v1/assessments").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("organisationCode", CODE, "modelKey", TestRounds.MODEL, "modelVersion", "9.9.9", "title", "",
					"areas", List.of("NOWHERE")))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'modelVersion')]").exists()
			.jsonPath("$.errors[?(@.field == 'title')]").exists()
			.jsonPath("$.errors[?(@.field == 'mode')]").exists();
	}

	private void refused(TestUser user, long id, String indicator, Map<String, ?> body, String field) {
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", id, indicator).headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field).jsonPath("$.errors[0].message").isNotEmpty();
	}

}
