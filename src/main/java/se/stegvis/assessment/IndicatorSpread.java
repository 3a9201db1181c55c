package se.stegvis.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.IndicatorDistribution;

/**
 * How the participants of an INDIVIDUAL round answered one indicator, for the facilitator.
 *
 * @param distribution from {@code scoring.IndividualAggregation}: the organisation value, counts per level
 *     and per respondent group, dispersion, the "behöver diskuteras" flag and the gap between groups
 * @param consensus the consensus with its version, or null when none is set (then send expected version 0)
 * @param comments what the participants wrote beside their answers (comments and links), ordered by respondent group
 */
public record IndicatorSpread(String indicatorKey, String areaKey, String dimensionKey,
		IndicatorDistribution distribution, @Nullable Consensus consensus, List<ParticipantComment> comments) {

	public boolean needsDiscussion() {
		return this.distribution.all().needsDiscussion();
	}

}
