package se.stegvis.summary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.ComparisonPolicy;
import se.stegvis.scoring.ComparisonStatistics;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;

/**
 * Which rounds a comparison counts, and their figures (DESIGN.md §3), as pure functions over stored rounds:
 * each organisation counts once, with its latest (by first completion) completed, published,
 * organisation-level round of the same model key and major version, first completed within the window.
 */
final class ComparisonSelection {

	private static final Comparator<StoredRound> LATEST = Comparator.comparing(StoredRound::firstCompletedAt)
		.thenComparing(StoredRound::roundId);

	private ComparisonSelection() {
	}

	/** The start of a window of the given months that ends now (UTC calendar months). */
	static Instant windowStart(Instant now, int windowMonths) {
		return now.atZone(ZoneOffset.UTC).minusMonths(windowMonths).toInstant();
	}

	/**
	 * The round each organisation counts with.
	 *
	 * @param stored completed rounds (only completed rounds are ever stored)
	 * @return organisation code → its counted round; organisations without an eligible round are absent
	 */
	static Map<String, StoredRound> latestPerOrganisation(Collection<StoredRound> stored, String modelKey,
			int modelMajor, Instant windowStart) {
		Map<String, StoredRound> latest = new HashMap<>();
		for (StoredRound round : stored) {
			if (!round.modelKey().equals(modelKey) || round.modelMajor() != modelMajor || !round.published()
					|| !round.organisationLevel()) {
				continue;
			}
			latest.merge(round.organisationCode(), round, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
		}
		latest.values().removeIf((round) -> round.firstCompletedAt().isBefore(windowStart));
		return latest;
	}

	/**
	 * The figures of one group.
	 *
	 * @param counted organisation code → counted round (from {@link #latestPerOrganisation})
	 * @param member which organisations belong to the group
	 */
	static Comparison compare(ComparisonScope scope, @Nullable String groupCode, String label,
			Map<String, StoredRound> counted, Predicate<String> member, ComparisonPolicy policy, Instant computedAt) {
		List<StoredRound> rounds = new ArrayList<>();
		counted.forEach((code, round) -> {
			if (member.test(code)) {
				rounds.add(round);
			}
		});
		Set<ScopeKey> scopes = new LinkedHashSet<>();
		rounds.stream().sorted(Comparator.comparing(StoredRound::roundId)).forEach((r) -> scopes.addAll(r.scores().byScope().keySet()));
		Map<ScopeKey, ComparisonEntry> entries = new LinkedHashMap<>();
		for (ScopeKey key : scopes) {
			List<java.math.@Nullable BigDecimal> scores = new ArrayList<>();
			for (StoredRound round : rounds) {
				ScopeScore score = round.scores().byScope().get(key);
				scores.add(score == null ? null : score.score());
			}
			entries.put(key, ComparisonStatistics.entry(scores, policy));
		}
		return new Comparison(scope, groupCode, label, rounds.size(), entries, computedAt);
	}

}
