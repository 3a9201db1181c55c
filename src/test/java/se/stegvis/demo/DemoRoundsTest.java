package se.stegvis.demo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import se.stegvis.scoring.ScopeKey;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.Comparisons;
import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's rounds reach k nationally, in Skåne and in group B3, give every municipality a trend, and reseed to nothing. */
@IntegrationTest
@ActiveProfiles("demo")
class DemoRoundsTest {

	@Autowired
	Comparisons comparisons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoRounds seeder;

	@Test
	void comparisonsReachKInTheCountrySkaneAndGroupB3() {
		for (ComparisonScope scope : new ComparisonScope[] { ComparisonScope.NATIONAL, ComparisonScope.REGION,
				ComparisonScope.MUNICIPALITY_GROUP }) {
			// Lund is in Skåne (12) and group B3
			Comparison comparison = this.comparisons.of(scope, "1281", DemoRounds.MODEL, 1).orElseThrow();
			assertThat(comparison.n()).as(scope.name()).isGreaterThanOrEqualTo(this.comparisons.k());
			assertThat(comparison.entry(ScopeKey.OVERALL).published()).as(scope.name()).isTrue();
			assertThat(comparison.entry(ScopeKey.dimension("LEADERSHIP")).published()).as(scope.name()).isTrue();
		}
		assertThat(this.comparisons.of(ComparisonScope.REGION, "1281", DemoRounds.MODEL, 1).orElseThrow().groupCode())
			.isEqualTo("12");
		assertThat(this.comparisons.of(ComparisonScope.NATIONAL, "1281", DemoRounds.MODEL, 1).orElseThrow().n())
			.isGreaterThanOrEqualTo(10);
	}

	@Test
	void everyDemoMunicipalityButOstersundHasSeveralCompletedRoundsWithStoredScores() {
		for (String code : DemoOrganisations.WITH_ROUNDS) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM summary_round s JOIN assessment_round r ON r.id = s.round_id "
					+ "WHERE r.organisation_code = ? AND r.status = 'COMPLETED'").param(code).query(Long.class).single())
				.as(code)
				.isEqualTo(DemoRounds.ROUNDS);
		}
		assertThat(DemoOrganisations.WITH_ROUNDS).doesNotContain("2380");
	}

	@Test
	void seedingAgainIsQuickAndChangesNothing() throws Exception {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM assessment_answer").query(Long.class).single();
		Instant start = Instant.now();
		this.seeder.run(new DefaultApplicationArguments());
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM assessment_answer").query(Long.class).single()).isEqualTo(before);
	}

}
