package se.stegvis.actionplan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.support.TestUser;

/** Action items made through the API, for tests (an Object Mother). */
public final class TestPlans {

	private TestPlans() {
	}

	/** A valid item body for one indicator of the round; change entries to test the rest. */
	public static Map<String, Object> body(String title, String indicatorKey) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "Så här gör vi.");
		body.put("indicatorKeys", List.of(indicatorKey));
		body.put("targetLevel", 3);
		body.put("successCriterion", "Beslutad i nämnden");
		body.put("owner", "Socialchef");
		body.put("startDate", "2027-01-10");
		body.put("dueDate", "2027-06-30");
		body.put("priority", "HIGH");
		body.put("status", "NOT_STARTED");
		return body;
	}

	/** Adds an item to the plan of the round; its id. */
	public static long item(RestTestClient http, TestUser user, long round, Map<String, Object> body) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/assessments/{id}/action-items", round)
			.headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

	/** A new GROUP round of the organisation with one item in its plan; the item's id. */
	public static long item(RestTestClient http, TestUser orgAdmin, String code) {
		long round = TestRounds.group(http, orgAdmin, code);
		return item(http, orgAdmin, round, body("Ta fram en strategi", TestRounds.GENERAL_INDICATOR));
	}

}
