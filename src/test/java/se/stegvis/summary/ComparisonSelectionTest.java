package se.stegvis.summary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.ComparisonPolicy;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.SuppressionReason;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rounds a comparison counts (DESIGN.md §3) and what an entry shows at n = k − 1, k, 9 and 10. */
class ComparisonSelectionTest {

	private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

	private static final Instant WINDOW_START = ComparisonSelection.windowStart(NOW, 36);

	private static final String MODEL = "stegvis-socialtjanst";

	private static final ScopeKey LEADERSHIP = ScopeKey.dimension("LEADERSHIP");

	private static final ComparisonPolicy K5 = ComparisonPolicy.anonymousGroup(5);

	private static long nextId = 1;

	@Nested
	class EntryFigures {

		@Test
		void belowKShowsOnlyNWithTheReason() {
			ComparisonEntry entry = national(organisations(4)).entry(LEADERSHIP);
			assertThat(entry.n()).isEqualTo(4);
			assertThat(entry.mean()).isNull();
			assertThat(entry.reason()).isEqualTo(SuppressionReason.FEWER_THAN_K);
		}

		@Test
		void atKShowsTheMeanButNoPercentiles() {
			// scores 10, 20, 30, 40, 50
			ComparisonEntry entry = national(organisations(5)).entry(LEADERSHIP);
			assertThat(entry.n()).isEqualTo(5);
			assertThat(entry.mean()).isEqualByComparingTo("30");
			assertThat(entry.median()).isNull();
			assertThat(entry.p25()).isNull();
			assertThat(entry.reason()).isNull();
		}

		@Test
		void atNineStillShowsNoPercentiles() {
			ComparisonEntry entry = national(organisations(9)).entry(LEADERSHIP);
			assertThat(entry.n()).isEqualTo(9);
			assertThat(entry.mean()).isEqualByComparingTo("50");
			assertThat(entry.median()).isNull();
			assertThat(entry.p75()).isNull();
		}

		@Test
		void atTenShowsMedianAndQuartilesAsPercentileInc() {
			// scores 10..100: PERCENTILE.INC 0.25 → rank 2.25 → 30 + 0.25 × 10 = 32.5; median 55; 0.75 → 77.5
			ComparisonEntry entry = national(organisations(10)).entry(LEADERSHIP);
			assertThat(entry.n()).isEqualTo(10);
			assertThat(entry.mean()).isEqualByComparingTo("55");
			assertThat(entry.median()).isEqualByComparingTo("55");
			assertThat(entry.p25()).isEqualByComparingTo("32.5");
			assertThat(entry.p75()).isEqualByComparingTo("77.5");
		}

		@Test
		void kIsCountedPerEntryNotPerGroup() {
			List<StoredRound> rounds = new ArrayList<>(organisations(5));
			// a sixth organisation scored nothing in LEADERSHIP: it counts in the group's n, not in the entry's
			rounds.add(round("9006", null, MODEL, 1, true, NOW.minus(Duration.ofDays(5))));
			Comparison comparison = national(rounds);
			assertThat(comparison.n()).isEqualTo(6);
			assertThat(comparison.entry(LEADERSHIP).n()).isEqualTo(5);
		}

		@Test
		void anEntryNobodyHasIsNoData() {
			ComparisonEntry entry = national(organisations(5)).entry(ScopeKey.area("ELDERLY_CARE"));
			assertThat(entry.n()).isZero();
			assertThat(entry.reason()).isEqualTo(SuppressionReason.NO_DATA);
		}

		@Test
		void onlyMembersOfTheGroupCount() {
			Map<String, StoredRound> counted = ComparisonSelection.latestPerOrganisation(organisations(10), MODEL, 1,
					WINDOW_START);
			Set<String> region = Set.of("9001", "9002", "9003");
			Comparison comparison = ComparisonSelection.compare(ComparisonScope.REGION, "12", "Skåne län", counted,
					region::contains, K5, NOW);
			assertThat(comparison.n()).isEqualTo(3);
			assertThat(comparison.entry(LEADERSHIP).reason()).isEqualTo(SuppressionReason.FEWER_THAN_K);
		}

	}

	@Nested
	class Exclusions {

		@Test
		void eachOrganisationCountsOnceWithItsLatestRoundByFirstCompletion() {
			StoredRound older = round("9001", "10", MODEL, 1, true, NOW.minus(Duration.ofDays(400)));
			StoredRound newer = round("9001", "90", MODEL, 1, true, NOW.minus(Duration.ofDays(20)));
			assertThat(counted(List.of(newer, older))).containsExactly(newer);
		}

		@Test
		void unpublishedRoundsAreLeftOut() {
			StoredRound published = round("9001", "10", MODEL, 1, true, NOW.minus(Duration.ofDays(400)));
			StoredRound unpublished = round("9001", "90", MODEL, 1, false, NOW.minus(Duration.ofDays(20)));
			StoredRound otherUnpublished = round("9002", "90", MODEL, 1, false, NOW.minus(Duration.ofDays(20)));
			assertThat(counted(List.of(published, unpublished, otherUnpublished))).containsExactly(published);
		}

		@Test
		void unitRoundsAreLeftOut() {
			StoredRound unit = new StoredRound(nextId++, "9001", 77L, MODEL, "1.0.0", "Omgång", 1, true, NOW.minus(Duration.ofDays(3)),
					NOW.minus(Duration.ofDays(3)), scores("50"));
			StoredRound organisation = round("9001", "20", MODEL, 1, true, NOW.minus(Duration.ofDays(30)));
			assertThat(counted(List.of(unit, organisation))).containsExactly(organisation);
		}

		@Test
		void otherModelKeysAreLeftOut() {
			StoredRound other = round("9001", "50", "stegvis-organisation", 1, true, NOW.minus(Duration.ofDays(3)));
			assertThat(counted(List.of(other))).isEmpty();
		}

		@Test
		void otherMajorVersionsAreLeftOut() {
			StoredRound major2 = round("9001", "50", MODEL, 2, true, NOW.minus(Duration.ofDays(3)));
			StoredRound major1 = round("9001", "30", MODEL, 1, true, NOW.minus(Duration.ofDays(300)));
			assertThat(counted(List.of(major2, major1))).containsExactly(major1);
		}

		@Test
		void roundsFirstCompletedBeforeTheWindowAreLeftOut() {
			StoredRound inside = round("9001", "50", MODEL, 1, true, WINDOW_START.plus(Duration.ofDays(1)));
			StoredRound outside = round("9002", "50", MODEL, 1, true, WINDOW_START.minus(Duration.ofDays(1)));
			assertThat(counted(List.of(inside, outside))).containsExactly(inside);
			assertThat(WINDOW_START).isEqualTo(Instant.parse("2023-12-07T12:00:00Z"));
		}

		@Test
		void anOrganisationWhoseLatestRoundIsOutsideTheWindowIsNotCounted() {
			StoredRound old = round("9001", "50", MODEL, 1, true, WINDOW_START.minus(Duration.ofDays(10)));
			assertThat(counted(List.of(old))).isEmpty();
		}

		private List<StoredRound> counted(List<StoredRound> stored) {
			return List.copyOf(ComparisonSelection.latestPerOrganisation(stored, MODEL, 1, WINDOW_START).values());
		}

	}

	/** n organisations whose LEADERSHIP scores are 10, 20, … 10·n. */
	private static List<StoredRound> organisations(int n) {
		List<StoredRound> rounds = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			rounds.add(round(String.format("9%03d", i), String.valueOf(10 * i), MODEL, 1, true,
					NOW.minus(Duration.ofDays(i))));
		}
		return rounds;
	}

	private static Comparison national(List<StoredRound> rounds) {
		return ComparisonSelection.compare(ComparisonScope.NATIONAL, null, "Riket",
				ComparisonSelection.latestPerOrganisation(rounds, MODEL, 1, WINDOW_START), (code) -> true, K5, NOW);
	}

	private static StoredRound round(String organisation, @Nullable String leadership, String modelKey, int major,
			boolean published, Instant firstCompleted) {
		return new StoredRound(nextId++, organisation, null, modelKey, major + ".0.0", "Omgång", major, published, firstCompleted,
				firstCompleted, scores(leadership));
	}

	private static ScopeScores scores(@Nullable String leadership) {
		Map<ScopeKey, ScopeScore> byScope = new LinkedHashMap<>();
		BigDecimal score = leadership == null ? null : new BigDecimal(leadership);
		ScopeScore scopeScore = score == null ? new ScopeScore(null, BigDecimal.ZERO, 0, 1)
				: new ScopeScore(score, BigDecimal.ONE, 1, 1);
		byScope.put(ScopeKey.OVERALL, scopeScore);
		byScope.put(LEADERSHIP, scopeScore);
		return new ScopeScores(byScope);
	}

}
