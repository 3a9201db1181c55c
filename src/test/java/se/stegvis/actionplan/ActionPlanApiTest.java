package se.stegvis.actionplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.IntegrationTest;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.assessment.TestRounds.ELDERLY_INDICATOR;
import static se.stegvis.assessment.TestRounds.GENERAL_INDICATOR;
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/** The action plan API: ranked suggestions, items with merge patch and versions, follow-ups, bad input (issue 10). */
@IntegrationTest
class ActionPlanApiTest {


	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void suggestionsAreRankedByGapWithFindOutLastAndAdoptedOnesMarked() {
		String code = "2303";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		TestRounds.answer(this.http, admin, round, GENERAL_INDICATOR, 0);
		TestRounds.answer(this.http, admin, round, OTHER_GENERAL_INDICATOR, 3);
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", round, ELDERLY_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("answer", "DONT_KNOW"))
			.exchange().expectStatus().isOk();
		List<Map<String, Object>> suggestions = suggestions(admin, round, "");
		assertThat(suggestions).isNotEmpty();
		Map<String, Object> first = suggestions.get(0);
		assertThat(first.get("indicatorKey")).isEqualTo(GENERAL_INDICATOR);
		assertThat(first.get("kind")).isEqualTo("IMPROVE");
		assertThat(new BigDecimal(first.get("gap").toString())).isEqualByComparingTo("4");
		assertThat(new BigDecimal(first.get("currentLevel").toString())).isEqualByComparingTo("0");
		assertThat(first.get("targetLevel")).isEqualTo(4);
		assertThat(first.get("rank")).isEqualTo(1);
		int firstFindOut = indexOfKind(suggestions, "FIND_OUT");
		assertThat(firstFindOut).as("a FIND_OUT suggestion for the Vet ej answer").isPositive();
		assertThat(suggestions.subList(firstFindOut, suggestions.size())).allMatch((s) -> s.get("kind").equals("FIND_OUT"));
		assertThat(suggestions.subList(firstFindOut, suggestions.size())).anyMatch((s) -> s.get("indicatorKey").equals(ELDERLY_INDICATOR));
		assertThat(suggestions.stream().filter((s) -> s.get("indicatorKey").equals(OTHER_GENERAL_INDICATOR)))
			.allMatch((s) -> new BigDecimal(s.get("gap").toString()).compareTo(BigDecimal.ONE) == 0);
		List<BigDecimal> gaps = suggestions.subList(0, firstFindOut).stream()
			.map((s) -> new BigDecimal(s.get("gap").toString())).toList();
		assertThat(gaps).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(suggestions).allMatch((s) -> Boolean.FALSE.equals(s.get("adopted")));

		Map<String, Object> body = TestPlans.body("Strategi", GENERAL_INDICATOR);
		body.put("activityKey", first.get("activityKey"));
		TestPlans.item(this.http, admin, round, body);
		assertThat(suggestions(admin, round, "").get(0).get("adopted")).isEqualTo(true);
		String effort = first.get("effort").toString();
		assertThat(suggestions(admin, round, "?effort=" + effort)).isNotEmpty().allMatch((s) -> s.get("effort").equals(effort));
		assertThat(suggestions(admin, round, "?area=ELDERLY_CARE")).isNotEmpty()
			.allMatch((s) -> s.get("indicatorKey").equals(ELDERLY_INDICATOR));
	}

	@Test
	void anItemIsCreatedPatchedAsMergePatchWithItsVersionAndDeleted() {
		String code = "2305";
		TestUser admin = this.users.orgAdmin(code);
		TestUser participant = this.users.participant(code);
		long round = TestRounds.group(this.http, admin, code);
		Map<String, Object> body = TestPlans.body("Ta fram en digitaliseringsstrategi", GENERAL_INDICATOR);
		body.put("ownerUsername", participant.username());
		this.http.post().uri("/api/v1/assessments/{id}/action-items", round).headers(participant.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isCreated()
			.expectHeader().valueEquals("ETag", "\"1\"")
			.expectHeader().value("Location", (l) -> assertThat(l).contains("/api/v1/action-items/"))
			.expectBody()
			.jsonPath("$.originAssessmentId").isEqualTo((int) round)
			.jsonPath("$.organisationCode").isEqualTo(code)
			.jsonPath("$.priority").isEqualTo("HIGH")
			.jsonPath("$.status").isEqualTo("NOT_STARTED")
			.jsonPath("$.ownerName").isEqualTo(participant.displayName())
			.jsonPath("$.owner").doesNotExist()
			.jsonPath("$.version").isEqualTo(1);
		long id = ((Number) items(admin, round).get(0).get("id")).longValue();

		this.http.patch().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).header("If-Match", "\"1\"")
			.contentType(MERGE_PATCH).body(Map.of("status", "IN_PROGRESS", "description", ""))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", "\"2\"")
			.expectBody()
			.jsonPath("$.status").isEqualTo("IN_PROGRESS")
			.jsonPath("$.title").isEqualTo("Ta fram en digitaliseringsstrategi")
			.jsonPath("$.description").doesNotExist()
			.jsonPath("$.dueDate").isEqualTo("2027-06-30")
			.jsonPath("$.version").isEqualTo(2);
		this.http.patch().uri("/api/v1/action-items/{id}", id).headers(participant.bearer()).header("If-Match", "\"1\"")
			.contentType(MERGE_PATCH).body(Map.of("title", "Något annat"))
			.exchange()
			.expectStatus().isEqualTo(412)
			.expectHeader().valueEquals("ETag", "\"2\"")
			.expectBody()
			.jsonPath("$.current.version").isEqualTo(2)
			.jsonPath("$.current.status").isEqualTo("IN_PROGRESS");
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", "\"2\"")
			.expectBody().jsonPath("$.title").isEqualTo("Ta fram en digitaliseringsstrategi");

		this.http.delete().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange().expectStatus().isNoContent();
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange().expectStatus().isNotFound();
		assertThat(items(admin, round)).isEmpty();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
		String code = "2309";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		refused(admin, round, Map.of("startDate", "2027-05-01", "dueDate", "2027-04-30"), "dueDate");
		refused(admin, round, Map.of("status", "ALMOST_DONE"), "status");
		refused(admin, round, Map.of("priority", "URGENT"), "priority");
		refused(admin, round, Map.of("indicatorKeys", List.of(GENERAL_INDICATOR, "NO-SUCH-INDICATOR")), "indicatorKeys[1]");
		refused(admin, round, Map.of("title", "x".repeat(201)), "title");
		refused(admin, round, Map.of("description", "x".repeat(4001)), "description");
		refused(admin, round, Map.of("dueDate", "30/6 2027"), "dueDate");
		assertThat(items(admin, round)).isEmpty();

		long id = TestPlans.item(this.http, admin, round, TestPlans.body("Utbildning", GENERAL_INDICATOR));
		this.http.patch().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).header("If-Match", "\"1\"")
			.contentType(MERGE_PATCH).body(Map.of("title", "Nytt namn", "status", "FINISHED"))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("status")
			.jsonPath("$.errors[0].message").value((m) -> assertThat(m.toString()).contains("Pågår"));
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.title").isEqualTo("Utbildning").jsonPath("$.version").isEqualTo(1);
	}

	@Test
	void aViewerReadsThePlanButCannotChangeIt() {
		String code = "2313";
		TestUser admin = this.users.orgAdmin(code);
		TestUser viewer = this.users.viewer(code);
		long id = TestPlans.item(this.http, admin, code);
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(viewer.bearer()).exchange().expectStatus().isOk();
		this.http.patch().uri("/api/v1/action-items/{id}", id).headers(viewer.bearer()).contentType(MERGE_PATCH)
			.body(Map.of("status", "DONE")).exchange().expectStatus().isForbidden();
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.status").isEqualTo("NOT_STARTED");
	}

	@Test
	void followUpsAreLoggedWithDateTextAndWhoAndBadOnesRefused() {
		String code = "2321";
		TestUser admin = this.users.orgAdmin(code);
		long id = TestPlans.item(this.http, admin, code);
		this.http.post().uri("/api/v1/action-items/{id}/follow-ups", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("date", "2027-02-01", "text", "Första mötet hölls."))
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.by").isEqualTo(admin.displayName()).jsonPath("$.date").isEqualTo("2027-02-01");
		this.http.post().uri("/api/v1/action-items/{id}/follow-ups", id).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("date", "igår", "text", ""))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("date").jsonPath("$.errors[1].field").isEqualTo("text");
		this.http.get().uri("/api/v1/action-items/{id}/follow-ups", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].text").isEqualTo("Första mötet hölls.");
	}

	@Test
	void anOpenItemPastItsDueDateIsOverdueAndADoneOneIsNot() {
		String code = "2326";
		TestUser admin = this.users.orgAdmin(code);
		long round = TestRounds.group(this.http, admin, code);
		Map<String, Object> late = TestPlans.body("Sen", GENERAL_INDICATOR);
		late.put("startDate", "2020-01-01");
		late.put("dueDate", "2020-02-01");
		late.put("status", "IN_PROGRESS");
		long lateId = TestPlans.item(this.http, admin, round, late);
		late.put("status", "DONE");
		long doneId = TestPlans.item(this.http, admin, round, late);
		this.http.get().uri("/api/v1/action-items/{id}", lateId).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.overdue").isEqualTo(true);
		this.http.get().uri("/api/v1/action-items/{id}", doneId).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.overdue").isEqualTo(false);
	}

	@Test
	void aDeletedOwnersNameLeavesThePlanForAPseudonym() {
		String code = "2180";
		TestUser admin = this.users.orgAdmin(code);
		TestUser leaving = this.users.participant(code);
		long round = TestRounds.group(this.http, admin, code);
		Map<String, Object> body = TestPlans.body("Ny journalrutin", GENERAL_INDICATOR);
		body.put("ownerUsername", leaving.username());
		long id = TestPlans.item(this.http, leaving, round, body);
		this.http.post().uri("/api/v1/action-items/{id}/follow-ups", id).headers(leaving.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("date", "2027-02-01", "text", "Rutinen är skriven."))
			.exchange().expectStatus().isCreated();
		this.http.delete().uri("/api/v1/organisations/{c}/members/{u}", code, leaving.username()).headers(admin.bearer())
			.exchange().expectStatus().isNoContent();
		this.http.get().uri("/api/v1/action-items/{id}", id).headers(admin.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.ownerUsername").doesNotExist()
			.jsonPath("$.ownerName").value((n) -> assertThat(n.toString()).startsWith("Pseudonym "))
			.jsonPath("$.updatedBy").value((n) -> assertThat(n.toString()).startsWith("Pseudonym "));
		this.http.get().uri("/api/v1/action-items/{id}/follow-ups", id).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$[0].by").value((n) -> assertThat(n.toString()).startsWith("Pseudonym "));
	}

	private void refused(TestUser admin, long round, Map<String, Object> change, String field) {
		Map<String, Object> body = TestPlans.body("Åtgärd", GENERAL_INDICATOR);
		body.putAll(change);
		this.http.post().uri("/api/v1/assessments/{id}/action-items", round).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> suggestions(TestUser user, long round, String query) {
		return this.http.get().uri("/api/v1/assessments/" + round + "/suggestions" + query).headers(user.bearer())
			.exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> items(TestUser user, long round) {
		return this.http.get().uri("/api/v1/assessments/{id}/action-items", round).headers(user.bearer())
			.exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
	}

	private static int indexOfKind(List<Map<String, Object>> suggestions, String kind) {
		for (int i = 0; i < suggestions.size(); i++) {
			if (suggestions.get(i).get("kind").equals(kind)) {
				return i;
			}
		}
		return -1;
	}

}
