package se.stegvis.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.ModelCatalog;
import se.stegvis.summary.ScoreStorage;

/**
 * Seeds completed demo rounds on the built-in social-services model: {@link #ROUNDS} rounds a year apart for
 * every municipality of {@link DemoOrganisations#WITH_ROUNDS}, so that comparisons reach k nationally, in Skåne
 * and in group B3, and every municipality has a trend. Deterministic (a fixed seed per municipality and round)
 * and idempotent (a municipality that has the first demo round is skipped). Answers are written in bulk with
 * SQL and the scores stored through {@link ScoreStorage}, so that starting the demo stays fast.
 */
@Component
@Profile("demo")
@Order(110)
class DemoRounds implements ApplicationRunner {

	/** Completed rounds per municipality. */
	static final int ROUNDS = 3;

	static final String MODEL = "stegvis-socialtjanst";

	private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);

	private static final int[] YEARS = { 2024, 2025, 2026 };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ModelCatalog models;

	private final ScoreStorage scores;

	private final TransactionTemplate transactions;

	DemoRounds(JdbcClient jdbc, JdbcTemplate template, ModelCatalog models, ScoreStorage scores,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.models = models;
		this.scores = scores;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		AssessmentModel model = this.models.latestPublished(MODEL).orElse(null);
		if (model == null) {
			return;
		}
		int created = 0;
		for (String code : DemoOrganisations.WITH_ROUNDS) {
			Integer seeded = this.transactions.execute((status) -> seed(model, code));
			created += seeded == null ? 0 : seeded;
		}
		log.info("Demo data: {} completed demo rounds ({} new)", DemoOrganisations.WITH_ROUNDS.size() * ROUNDS, created);
	}

	private int seed(AssessmentModel model, String code) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM assessment_round WHERE organisation_code = ? AND title = ?")
			.params(code, title(0))
			.query(Long.class)
			.single() > 0) {
			return 0;
		}
		// Each municipality has its own starting maturity and pace, the same at every start.
		Random random = new Random(Long.parseLong(code) * 7919L);
		double start = 0.8 + random.nextDouble() * 1.6;
		double pace = 0.15 + random.nextDouble() * 0.5;
		for (int r = 0; r < ROUNDS; r++) {
			Instant completed = Instant.parse(YEARS[r] + "-03-" + (10 + r) + "T10:00:00Z");
			Instant started = completed.minusSeconds(30L * 24 * 3600);
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("INSERT INTO assessment_round (organisation_code, model_key, model_version, title, period, mode, "
					+ "status, published, prefilled, areas, created_at, started_at, completed_at, first_completed_at) "
					+ "VALUES (?, ?, ?, ?, ?, 'GROUP', 'COMPLETED', TRUE, FALSE, ?, ?, ?, ?, ?)")
				.params(code, model.key(), model.version().toString(), title(r), String.valueOf(YEARS[r]),
						String.join(",", model.areas().stream().map((a) -> a.key()).toList()), Timestamp.from(started),
						Timestamp.from(started), Timestamp.from(completed), Timestamp.from(completed))
				.update(keys, "id");
			long roundId = keys.getKeyAs(Number.class).longValue();
			List<Object[]> answers = new ArrayList<>();
			for (Indicator indicator : model.indicators()) {
				double draw = random.nextDouble();
				double level = start + pace * r + (random.nextDouble() - 0.5) * 2.2;
				String kind = draw < 0.05 ? "DONT_KNOW" : draw < 0.08 ? "NOT_APPLICABLE" : "LEVEL";
				Integer value = "LEVEL".equals(kind) ? (int) Math.max(0, Math.min(model.maxLevel(), Math.round(level))) : null;
				answers.add(new Object[] { roundId, indicator.key(), kind, value, Timestamp.from(completed) });
			}
			this.template.batchUpdate("INSERT INTO assessment_answer (round_id, indicator_key, respondent_id, answer_kind, "
					+ "level, carried_over, version, updated_at) VALUES (?, ?, 0, ?, ?, FALSE, 1, ?)", answers);
			this.scores.store(roundId);
		}
		return ROUNDS;
	}

	private static String title(int round) {
		return "Egenvärdering " + YEARS[round];
	}

}
