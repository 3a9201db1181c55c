package se.stegvis.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.stegvis.assessment.TestRounds;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.ModelCatalog;
import se.stegvis.support.TestDatabase;
import se.stegvis.support.TestUser;
import se.stegvis.support.TestUsers;

/**
 * Exports of a large round (issue 11 point 7): the built-in catalogue, every area, INDIVIDUAL mode with 50
 * participants who answered every indicator (answers written straight into the answer table, a tenth with a
 * comment), completed; then each file as the org admin (who also gets the distribution) at 1 and 4 clients. Run
 * with {@code ./mvnw -Pbenchmark test -Dbenchmark=ExportBenchmark} (see docs/performance.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestUsers.class)
@AutoConfigureRestTestClient
class ExportBenchmark {

	static final int PARTICIPANTS = 50;

	private static final String CODE = "0488";

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestUsers users;

	@Autowired
	ModelCatalog models;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient http;

	@Test
	void exports() throws Exception {
		AssessmentModel model = this.models.latestPublished(TestRounds.MODEL).orElseThrow();
		TestUser admin = this.users.orgAdmin(CODE);
		long round = TestRounds.start(this.http, admin, Map.of("organisationCode", CODE, "modelKey", TestRounds.MODEL,
				"title", "Stor omgång", "mode", "INDIVIDUAL"));
		Random random = new Random(50L);
		Instant now = Instant.now();
		for (int p = 0; p < PARTICIPANTS; p++) {
			TestUser participant = this.users.participant(CODE);
			TestRounds.addParticipant(this.http, admin, round, participant, p % 3 == 0 ? "Ledning" : "Medarbetare");
			for (Indicator indicator : model.indicators()) {
				int roll = random.nextInt(20);
				String kind = roll == 0 ? "DONT_KNOW" : roll == 1 ? "NOT_APPLICABLE" : "LEVEL";
				this.jdbc.sql("INSERT INTO assessment_answer (round_id, indicator_key, respondent_id, answer_kind, level, "
						+ "comment, evidence_url, carried_over, version, updated_at, updated_by, updated_name) "
						+ "VALUES (?, ?, ?, ?, ?, ?, NULL, FALSE, 1, ?, ?, ?)")
					.params(round, indicator.key(), participant.id(), kind,
							"LEVEL".equals(kind) ? random.nextInt(model.maxLevel() + 1) : null,
							random.nextInt(10) == 0 ? "Vi behöver prata om det här på nästa möte." : null, Timestamp.from(now),
							participant.id(), participant.displayName())
					.update();
			}
		}
		TestRounds.complete(this.http, admin, round);
		LoadGenerator load = new LoadGenerator();
		List<LoadGenerator.Result> results = new ArrayList<>();
		String base = "/api/v1/assessments/" + round + "/";
		for (int clients : Benchmarks.clients(List.of(1, 4))) {
			for (String file : List.of("report.pdf", "summary.pdf", "export.xlsx", "answers.csv", "action-items.csv",
					"export.json")) {
				results.add(load.run("export " + file + ", 50 participants", clients, Benchmarks.warmUp(), Benchmarks.measure(),
						(n) -> request(base + file).header("Authorization", "Bearer " + admin.token()).build(), 200));
			}
		}
		results.add(load.run("blank questionnaire PDF", 1, Benchmarks.warmUp(), Benchmarks.measure(),
				(n) -> request("/api/v1/models/" + TestRounds.MODEL + "/versions/" + model.version() + "/questionnaire.pdf")
					.header("Authorization", "Bearer " + admin.token()).build(), 200));
		BenchmarkReport.write("exports", Benchmarks.database(), results);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
	}

}
