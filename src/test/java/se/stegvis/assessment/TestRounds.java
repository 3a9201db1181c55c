package se.stegvis.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.support.TestUser;

/** Rounds made through the API, for tests (an Object Mother). */
public final class TestRounds {

	/** The built-in social-services model. */
	public static final String MODEL = "stegvis-socialtjanst";

	/** An indicator of the area GENERAL. */
	public static final String GENERAL_INDICATOR = "GEN-LEAD-STRATEGY";

	/** Another indicator of the area GENERAL. */
	public static final String OTHER_GENERAL_INDICATOR = "GEN-LEAD-OWNER";

	/** An indicator of the area ELDERLY_CARE. */
	public static final String ELDERLY_INDICATOR = "ELD-LEAD-WELFARE-TECH-PLAN";

	private TestRounds() {
	}

	/** A GROUP round of the whole organisation, started by the org admin; its id. */
	public static long group(RestTestClient http, TestUser orgAdmin, String code) {
		return start(http, orgAdmin, Map.of("organisationCode", code, "modelKey", MODEL, "title", "Egenvärdering 2026",
				"mode", "GROUP"));
	}

	/** An INDIVIDUAL round of the area GENERAL only, started by the org admin; its id. */
	public static long individual(RestTestClient http, TestUser orgAdmin, String code) {
		return start(http, orgAdmin, Map.of("organisationCode", code, "modelKey", MODEL, "title", "Var för sig",
				"mode", "INDIVIDUAL", "areas", List.of("GENERAL")));
	}

	/** Starts a round with the given request body; its id. */
	public static long start(RestTestClient http, TestUser orgAdmin, Map<String, ?> body) {
		Map<?, ?> created = http.post()
			.uri("/api/v1/assessments")
			.headers(orgAdmin.bearer())
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

	/** Adds a participant to a round. */
	public static void addParticipant(RestTestClient http, TestUser orgAdmin, long round, TestUser participant,
			String group) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", participant.username());
		body.put("respondentGroup", group);
		http.post()
			.uri("/api/v1/assessments/{id}/participants", round)
			.headers(orgAdmin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	/** Saves a level without If-Match. */
	public static void answer(RestTestClient http, TestUser user, long round, String indicator, int level) {
		http.put()
			.uri("/api/v1/assessments/{id}/answers/{key}", round, indicator)
			.headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", level))
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** Saves an answer with its own body ({@code answer}, {@code level}, {@code comment}, {@code evidenceUrl}). */
	public static void answer(RestTestClient http, TestUser user, long round, String indicator, Map<String, Object> body) {
		http.put()
			.uri("/api/v1/assessments/{id}/answers/{key}", round, indicator)
			.headers(user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	/** Completes a round. */
	public static void complete(RestTestClient http, TestUser orgAdmin, long round) {
		http.post().uri("/api/v1/assessments/{id}/complete", round).headers(orgAdmin.bearer()).exchange().expectStatus().isOk();
	}

	/** The round's participants as the API lists them: username → respondent group ("" for none). */
	public static Map<String, String> participants(RestTestClient http, TestUser orgAdmin, long round) {
		Map<?, ?> overview = http.get()
			.uri("/api/v1/assessments/{id}/participants", round)
			.headers(orgAdmin.bearer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, String> result = new java.util.LinkedHashMap<>();
		for (Object p : (List<?>) overview.get("participants")) {
			Map<?, ?> participant = (Map<?, ?>) p;
			Object group = participant.get("respondentGroup");
			result.put((String) participant.get("username"), group == null ? "" : group.toString());
		}
		return result;
	}

}
