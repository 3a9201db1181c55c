package se.stegvis.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ContextConfiguration;

import se.stegvis.assessment.TestRounds;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.organisation.Organisation;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.organisation.OrganisationFilter;
import se.stegvis.organisation.OrganisationType;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScoring;
import se.stegvis.summary.StoredRound;
import se.stegvis.summary.internal.ScoreRows;
import se.stegvis.support.PageSession;
import se.stegvis.support.TestDatabase;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * Summaries at national scale (issue 8 point 6): 290 municipalities × 8 completed rounds on the built-in catalogue
 * (scores computed by the scoring module and stored straight into the summary tables), then the static CSS
 * baseline, the summary page with a county comparison and the summary API with every comparison, at 1, 8 and 32
 * clients. Run with {@code ./mvnw -Pbenchmark test -Dbenchmark=SummaryBenchmark} (see docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestUsers.class)
class SummaryBenchmark {

	static final int ROUNDS_PER_MUNICIPALITY = 8;

	private static final String CODE = "0180";

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	ModelCatalog models;

	@Autowired
	OrganisationCatalog organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScoreRows scores;

	@Test
	void summaries() throws Exception {
		AssessmentModel model = this.models.latestPublished(TestRounds.MODEL).orElseThrow();
		List<Organisation> municipalities = this.organisations.search(OrganisationFilter.all())
			.stream()
			.filter((o) -> o.type() == OrganisationType.MUNICIPALITY)
			.toList();
		long measured = 0;
		Random random = new Random(290L);
		Instant now = Instant.now();
		for (Organisation municipality : municipalities) {
			for (int r = 0; r < ROUNDS_PER_MUNICIPALITY; r++) {
				Instant completed = now.minus(Duration.ofDays(30L + 120L * (ROUNDS_PER_MUNICIPALITY - 1 - r)));
				long id = insertRound(model, municipality.code(), r, completed);
				Map<String, IndicatorValue> values = new HashMap<>();
				model.indicators().forEach((i) -> values.put(i.key(), IndicatorValue.level(random.nextInt(model.maxLevel() + 1))));
				this.scores.store(new StoredRound(id, municipality.code(), null, model.key(), model.version().toString(),
						"Omgång " + (r + 1), model.version().major(), true, completed, completed,
						ScopeScoring.scoreAll(model.scoringScale(), model.placements(), values)));
				if (municipality.code().equals(CODE)) {
					measured = id;
				}
			}
		}
		this.scores.bumpRevision();
		TestUser admin = this.users.orgAdmin(CODE);
		PageSession session = this.users.signIn(admin);
		String cookie = "SESSION=" + session.sessionId();
		long round = measured;
		LoadGenerator load = new LoadGenerator();
		List<LoadGenerator.Result> results = new ArrayList<>();
		for (int clients : Benchmarks.clients(List.of(1, 8, 32))) {
			results.add(load.run("static CSS", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> request("/css/stegvis.css").build(), 200));
			results.add(load.run("small signed-in page (Så räknar vi)", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> request("/sa-raknar-vi").header("Cookie", cookie).build(), 200));
			results.add(load.run("summary page, county comparison", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> request("/omgangar/" + round + "/sammanfattning?jamforelse=lanet").header("Cookie", cookie).build(),
					200));
			results.add(load.run("summary API, all comparisons", clients, Benchmarks.warmUp(), Benchmarks.measure(),
					(n) -> request("/api/v1/assessments/" + round + "/summary").header("Authorization", "Bearer " + admin.token())
						.build(), 200));
		}
		BenchmarkReport.write("summary", Benchmarks.database(), results);
	}

	private long insertRound(AssessmentModel model, String code, int r, Instant completed) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO assessment_round (organisation_code, model_key, model_version, title, mode, status, "
				+ "published, prefilled, areas, created_at, started_at, completed_at, first_completed_at) "
				+ "VALUES (?, ?, ?, ?, 'GROUP', 'COMPLETED', TRUE, FALSE, ?, ?, ?, ?, ?)")
			.params(code, model.key(), model.version().toString(), "Omgång " + (r + 1),
					String.join(",", model.areas().stream().map((a) -> a.key()).toList()), Timestamp.from(completed),
					Timestamp.from(completed), Timestamp.from(completed), Timestamp.from(completed))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
	}

}
