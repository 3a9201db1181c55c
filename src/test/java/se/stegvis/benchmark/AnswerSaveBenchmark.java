package se.stegvis.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.model.Indicator;
import se.stegvis.model.ModelCatalog;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestDatabase;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * A national rating week (issue 6 point 11): the answer page of the whole built-in catalogue and of its
 * largest area as a signed-in browser gets them, the same answers through the API, and single-answer saves,
 * at 1, 16 and 64 clients. Run with
 * {@code ./mvnw -Pbenchmark test -Dbenchmark=AnswerSaveBenchmark} (see docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestUsers.class)
class AnswerSaveBenchmark {

	private static final String CODE = "0180";

	@Value("${local.server.port}")
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	TestUsers users;

	@Autowired
	ModelCatalog models;

	@Test
	void answersAndSaves() throws Exception {
		TestUser admin = this.users.orgAdmin(CODE);
		long whole = TestRounds.group(this.http, admin, CODE);
		List<Indicator> indicators = this.models.latestPublished(TestRounds.MODEL).orElseThrow().indicators();
		for (int i = 0; i < indicators.size(); i += 2) {
			TestRounds.answer(this.http, admin, whole, indicators.get(i).key(), i % 5);
		}
		String largest = largestArea(indicators);
		long area = TestRounds.start(this.http, admin, java.util.Map.of("organisationCode", CODE, "modelKey",
				TestRounds.MODEL, "title", "Största området", "mode", "GROUP", "areas", List.of(largest)));
		long saves = TestRounds.group(this.http, admin, CODE);
		LoadGenerator load = new LoadGenerator();
		LoadGenerator saving = new LoadGenerator();
		List<LoadGenerator.Result> results = new ArrayList<>();
		// The answer pages as a signed-in browser sees them (session cookie). One page is fetched first, alone:
		// the session's first page stores its CSRF token, and that should not happen in a race.
		PageSession browser = this.users.signIn(admin);
		String cookie = "SESSION=" + browser.sessionId();
		if (browser.get("/omgangar/" + whole + "/omraden/alla").status() != 200) {
			throw new AssertionError("The answer page did not open");
		}
		for (int clients : Benchmarks.clients(List.of(1, 16, 64))) {
			results.add(load.run("answer page, whole catalogue (" + indicators.size() + ")", clients, Benchmarks.warmUp(),
					Benchmarks.measure(), (n) -> page("/omgangar/" + whole + "/omraden/alla", cookie), 200));
			results.add(load.run("answer page, largest area (" + largest + ")", clients, Benchmarks.warmUp(),
					Benchmarks.measure(), (n) -> page("/omgangar/" + whole + "/omraden/" + largest, cookie), 200));
			results.add(load.run("answers, whole catalogue (" + indicators.size() + ")", clients, Benchmarks.warmUp(),
					Benchmarks.measure(), (n) -> get("/api/v1/assessments/" + whole + "/answers", admin), 200));
			results.add(load.run("answers, largest area (" + largest + ")", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> get("/api/v1/assessments/" + area + "/answers", admin), 200));
			results.add(saving.run("save one answer", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> put("/api/v1/assessments/" + saves + "/answers/" + indicators.get((n / 1_000_000) % indicators.size()).key(),
							"{\"answer\":\"LEVEL\",\"level\":" + (n % 5) + "}", admin), 200));
		}
		BenchmarkReport.write("answers", Benchmarks.database(), results);
		nothingLost(saves, indicators, saving.successesByClient());
	}

	/**
	 * Each client saved only its own indicator, so the stored version of that answer must equal the number of
	 * saves the server confirmed to that client: a lost or doubled write shows as a difference.
	 */
	private void nothingLost(long round, List<Indicator> indicators, java.util.Map<Integer, Long> confirmed) {
		TestUser admin = this.users.orgAdmin(CODE);
		String body = this.http.get().uri("/api/v1/assessments/" + round + "/answers")
			.header("Authorization", "Bearer " + admin.token())
			.exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();
		tools.jackson.databind.JsonNode answers = new tools.jackson.databind.ObjectMapper().readTree(body);
		java.util.Map<String, Long> versions = new java.util.HashMap<>();
		for (tools.jackson.databind.JsonNode answer : answers) {
			versions.put(answer.path("indicatorKey").asString(), answer.path("version").asLong());
		}
		confirmed.forEach((client, count) -> {
			String key = indicators.get(client % indicators.size()).key();
			long stored = versions.getOrDefault(key, 0L);
			if (stored != count) {
				throw new AssertionError("Indicator " + key + ": " + count + " confirmed saves but version " + stored);
			}
		});
		System.out.println("Nothing lost: " + confirmed.values().stream().mapToLong(Long::longValue).sum()
				+ " confirmed saves, every one stored (versions match per client)");
	}

	private static String largestArea(List<Indicator> indicators) {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		indicators.forEach((i) -> counts.merge(i.area(), 1L, Long::sum));
		return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private HttpRequest get(String path, TestUser user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + user.token())
			.GET()
			.build();
	}

	private HttpRequest page(String path, String cookie) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.GET()
			.build();
	}

	private HttpRequest put(String path, String json, TestUser user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + user.token())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

}
