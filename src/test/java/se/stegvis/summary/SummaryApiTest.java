package se.stegvis.summary;

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

/**
 * {@code GET /api/v1/assessments/{id}/summary}. The region test uses municipalities of Jämtland that no other test
 * uses, so that the region's figures are exact whatever else the shared test database holds.
 */
@IntegrationTest
class SummaryApiTest {

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Test
	void anOpenRoundsSummaryIsPreliminaryWithItsLiveScores() {
		TestUser admin = this.users.orgAdmin("2521");
		long round = TestRounds.group(this.http, admin, "2521");
		TestRounds.answer(this.http, admin, round, TestRounds.GENERAL_INDICATOR, 3);
		TestRounds.answer(this.http, admin, round, TestRounds.ELDERLY_INDICATOR, 1);

		Map<?, ?> summary = summary(admin, round);
		Map<?, ?> scores = get(admin, "/api/v1/assessments/" + round + "/scores");

		assertThat(summary.get("preliminary")).isEqualTo(true);
		assertThat(summary.get("overall")).isEqualTo(withKey(scores.get("overall")));
		assertThat(summary.get("dimensions")).isEqualTo(scores.get("dimensions"));
		assertThat(summary.get("areas")).isEqualTo(scores.get("areas"));
		assertThat(summary.get("trend")).isNull();
		assertThat(summary.get("profile")).as("the social-services model has no profiles").isNull();
		assertThat(comparison(summary, "NATIONAL")).isNotNull();
		assertThat(comparison(summary, "REGION").get("label")).isEqualTo("Norrbottens län");
		assertThat(comparison(summary, "MUNICIPALITY_GROUP")).isNotNull();
		assertThat(comparison(summary, "MUNICIPALITY_MAIN_GROUP")).isNotNull();
	}

	@Test
	void regionFiguresAppearOnceKOrganisationsCountAndLeaveWhenOneReopens() {
		List<String> codes = List.of("2303", "2305", "2309", "2313", "2321");
		long[] rounds = new long[codes.size()];
		for (int i = 0; i < codes.size(); i++) {
			TestUser admin = this.users.orgAdmin(codes.get(i));
			rounds[i] = TestRounds.group(this.http, admin, codes.get(i));
			TestRounds.answer(this.http, admin, rounds[i], TestRounds.GENERAL_INDICATOR, i);
			if (i < 4) {
				TestRounds.complete(this.http, admin, rounds[i]);
			}
		}
		TestUser last = this.users.orgAdmin("2321");

		Map<?, ?> region = comparison(summary(last, rounds[4]), "REGION");
		assertThat(region.get("n")).isEqualTo(4);
		assertThat(region.get("overall")).isEqualTo(entry(null, 4, null, "FEWER_THAN_K"));

		TestRounds.complete(this.http, last, rounds[4]);
		Map<?, ?> summary = summary(last, rounds[4]);
		assertThat(summary.get("preliminary")).isEqualTo(false);
		region = comparison(summary, "REGION");
		assertThat(region.get("n")).isEqualTo(5);
		// levels 0..4 on one indicator: 0, 25, 50, 75, 100 → mean 50; no percentiles below n = 10
		assertThat(region.get("overall")).isEqualTo(entry(null, 5, 50.0, null));
		assertThat(dimension(region, "LEADERSHIP")).isEqualTo(entry("LEADERSHIP", 5, 50.0, null));
		assertThat(dimension(region, "USE")).isEqualTo(entry("USE", 0, null, "NO_DATA"));

		this.http.post().uri("/api/v1/assessments/{id}/reopen", rounds[0]).headers(this.users.orgAdmin("2303").bearer())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Vi svarade fel")).exchange()
			.expectStatus().isOk();
		region = comparison(summary(last, rounds[4]), "REGION");
		assertThat(region.get("n")).isEqualTo(4);
		assertThat(region.get("overall")).isEqualTo(entry(null, 4, null, "FEWER_THAN_K"));
	}

	@Test
	void trendComparesWithTheOrganisationsPreviousCompletedRound() {
		TestUser admin = this.users.orgAdmin("2518");
		long first = TestRounds.group(this.http, admin, "2518");
		TestRounds.answer(this.http, admin, first, TestRounds.GENERAL_INDICATOR, 1);
		TestRounds.complete(this.http, admin, first);
		long second = TestRounds.group(this.http, admin, "2518");
		TestRounds.answer(this.http, admin, second, TestRounds.GENERAL_INDICATOR, 3);
		TestRounds.complete(this.http, admin, second);

		Map<?, ?> trend = (Map<?, ?>) summary(admin, second).get("trend");

		assertThat(((Number) trend.get("previousId")).longValue()).isEqualTo(first);
		assertThat(trend.get("overall")).isEqualTo(Map.of("delta", 50.0));
		assertThat((List<Object>) trend.get("dimensions")).contains((Object) Map.of("key", "LEADERSHIP", "delta", 50.0));
		List<?> history = (List<?>) trend.get("history");
		assertThat(history).extracting((h) -> ((Number) ((Map<?, ?>) h).get("assessmentId")).longValue())
			.containsExactly(first, second);
		assertThat(summary(admin, first).get("trend")).as("the first round has nothing before it").isNull();
	}

	@Test
	void anotherOrganisationsSummaryIsNotFound() {
		TestUser admin = this.users.orgAdmin("2521");
		long round = TestRounds.group(this.http, admin, "2521");
		this.http.get().uri("/api/v1/assessments/{id}/summary", round).headers(this.users.orgAdmin("2523").bearer())
			.exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/assessments/{id}/summary", 987654321L).headers(admin.bearer())
			.exchange().expectStatus().isNotFound();
	}

	private Map<?, ?> summary(TestUser user, long round) {
		return get(user, "/api/v1/assessments/" + round + "/summary");
	}

	private Map<?, ?> get(TestUser user, String path) {
		return this.http.get().uri(path).headers(user.bearer()).exchange().expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
	}

	private static Map<?, ?> withKey(Object overall) {
		Map<Object, Object> copy = new java.util.LinkedHashMap<>((Map<?, ?>) overall);
		copy.putIfAbsent("key", null);
		return copy;
	}

	static Map<?, ?> comparison(Map<?, ?> summary, String scope) {
		return ((List<?>) summary.get("comparisons")).stream()
			.map(Map.class::cast)
			.filter((c) -> scope.equals(c.get("scope")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<?, ?> dimension(Map<?, ?> comparison, String key) {
		return ((List<?>) comparison.get("dimensions")).stream()
			.map(Map.class::cast)
			.filter((c) -> key.equals(c.get("key")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> entry(String key, int n, Double mean, String reason) {
		Map<String, Object> entry = new java.util.LinkedHashMap<>();
		entry.put("key", key);
		entry.put("n", n);
		entry.put("mean", mean);
		entry.put("median", null);
		entry.put("p25", null);
		entry.put("p75", null);
		entry.put("reason", reason);
		return entry;
	}

}
