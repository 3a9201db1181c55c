package se.stegvis.summary;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.RoundView;
import se.stegvis.model.Profile;
import se.stegvis.scoring.ScopeScores;

/**
 * What the summary of one round shows, page and API alike. All figures unrounded.
 *
 * @param preliminary true while the round is not completed: the scores are computed live from its answers
 * @param scores the stored scores of a completed round, else the live ones
 * @param comparisons the anonymous groups of the round's organisation (national first), then the networks in
 *     which it consents (scope NETWORK, by name)
 * @param trend null when the organisation (or unit) has no earlier completed round on the model key
 * @param profile the model's profile that matches the scores; null when the model has none or none matches
 */
public record Summary(RoundView round, boolean preliminary, ScopeScores scores, List<Comparison> comparisons,
		@Nullable SummaryTrend trend, @Nullable Profile profile) {

	public Summary {
		comparisons = List.copyOf(comparisons);
	}

	/** The comparison of one network; null when the organisation does not consent in it. */
	public @Nullable Comparison network(long networkId) {
		return this.comparisons.stream()
			.filter((c) -> c.scope() == ComparisonScope.NETWORK && String.valueOf(networkId).equals(c.groupCode()))
			.findFirst()
			.orElse(null);
	}

	/** The comparison of one anonymous scope; null when the organisation has no such group. */
	public @Nullable Comparison comparison(ComparisonScope scope) {
		return this.comparisons.stream().filter((c) -> c.scope() == scope).findFirst().orElse(null);
	}

	/**
	 * Against the round before.
	 *
	 * @param previousId the previous completed round of the same organisation (same unit or none) and model key
	 * @param deltas every scope of the current scores → current − previous (null where either is null)
	 * @param history the completed rounds up to this one, oldest first (this one included once completed)
	 */
	public record SummaryTrend(long previousId, Map<se.stegvis.scoring.ScopeKey, java.math.@Nullable BigDecimal> deltas,
			List<StoredRound> history) {

		public SummaryTrend {
			history = List.copyOf(history);
		}

	}

}
