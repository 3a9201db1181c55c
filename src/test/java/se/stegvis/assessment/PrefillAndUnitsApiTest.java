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
import static se.stegvis.assessment.TestRounds.OTHER_GENERAL_INDICATOR;

/** Units of an organisation, rounds per unit, and answers carried over from the previous round (issue 6 point 2). */
@IntegrationTest
class PrefillAndUnitsApiTest {

	private static final String CODE = "1482";

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void answersAreCarriedOverMarkedUntilConfirmed() {
		TestUser admin = this.users.orgAdmin(CODE);
		long unit = unit(admin, "Äldreförvaltningen " + System.nanoTime(), null);
		long first = TestRounds.start(this.http, admin, Map.of("organisationCode", CODE, "unitId", unit, "modelKey",
				TestRounds.MODEL, "title", "Våren", "mode", "GROUP"));
		this.http.put().uri("/api/v1/assessments/{id}/answers/{k}", first, GENERAL_INDICATOR).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("answer", "LEVEL", "level", 3, "comment", "Beslutad i nämnden")).exchange().expectStatus().isOk();
		TestRounds.answer(this.http, admin, first, OTHER_GENERAL_INDICATOR, 1);
		TestRounds.complete(this.http, admin, first);
		long second = TestRounds.start(this.http, admin, Map.of("organisationCode", CODE, "unitId", unit, "modelKey",
				TestRounds.MODEL, "title", "Hösten", "mode", "GROUP", "prefill", true));
		String answer = "$[?(@.indicatorKey == '" + GENERAL_INDICATOR + "')]";
		this.http.get().uri("/api/v1/assessments/{id}", second).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.prefilled").isEqualTo(true).jsonPath("$.status").isEqualTo("DRAFT")
			.jsonPath("$.unitId").isEqualTo(unit);
		this.http.get().uri("/api/v1/assessments/{id}/answers", second).headers(admin.bearer()).exchange()
			.expectBody()
			.jsonPath(answer + ".level").isEqualTo(3)
			.jsonPath(answer + ".comment").isEqualTo("Beslutad i nämnden")
			.jsonPath(answer + ".carriedOver").isEqualTo(true);
		this.http.post().uri("/api/v1/assessments/{id}/answers/{k}/confirm", second, GENERAL_INDICATOR)
			.headers(admin.bearer()).header("If-Match", "\"1\"").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.carriedOver").isEqualTo(false).jsonPath("$.level").isEqualTo(3).jsonPath("$.version").isEqualTo(2);
	}

	@Test
	void aRoundOfTheWholeOrganisationIsNotPrefilledFromAUnitsRound() {
		String code = "1484";
		TestUser admin = this.users.orgAdmin(code);
		long unit = unit(admin, code, "Individ- och familjeomsorgen", null);
		long first = TestRounds.start(this.http, admin, Map.of("organisationCode", code, "unitId", unit, "modelKey",
				TestRounds.MODEL, "title", "Enheten", "mode", "GROUP"));
		TestRounds.answer(this.http, admin, first, GENERAL_INDICATOR, 2);
		TestRounds.complete(this.http, admin, first);
		long whole = TestRounds.start(this.http, admin, Map.of("organisationCode", code, "modelKey",
				TestRounds.MODEL, "title", "Hela", "mode", "GROUP", "prefill", true));
		this.http.get().uri("/api/v1/assessments/{id}", whole).headers(admin.bearer()).exchange()
			.expectBody().jsonPath("$.prefilled").isEqualTo(false).jsonPath("$.progress.answered").isEqualTo(0);
	}

	@Test
	void unitsFormATreeOfAdministrationsAndUnits() {
		TestUser admin = this.users.orgAdmin(CODE);
		TestUser viewer = this.users.viewer(CODE);
		String name = "Socialförvaltningen " + System.nanoTime();
		long administration = unit(admin, name, null);
		long team = unit(admin, "Hemtjänst Norr", administration);
		this.http.get().uri("/api/v1/organisations/{c}/units", CODE).headers(viewer.bearer()).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$[?(@.id == " + team + ")].parentId").isEqualTo((int) administration)
			.jsonPath("$[?(@.id == " + team + ")].path[0]").isEqualTo(name);
		this.http.post().uri("/api/v1/organisations/{c}/units", CODE).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Under en enhet", "parentId", team)).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
		this.http.post().uri("/api/v1/organisations/{c}/units", CODE).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", " ")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
		this.http.post().uri("/api/v1/assessments").headers(admin.bearer()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("organisationCode", CODE, "unitId", 999999, "modelKey", TestRounds.MODEL, "title", "X", "mode", "GROUP"))
			.exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("unitId");
	}

	private long unit(TestUser admin, String name, Long parentId) {
		return unit(admin, CODE, name, parentId);
	}

	private long unit(TestUser admin, String code, String name, Long parentId) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("name", name);
		body.put("parentId", parentId);
		Map<?, ?> created = this.http.post().uri("/api/v1/organisations/{c}/units", code).headers(admin.bearer())
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody();
		return ((Number) created.get("id")).longValue();
	}

}
