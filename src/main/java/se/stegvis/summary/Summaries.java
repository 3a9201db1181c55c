package se.stegvis.summary;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Rounds;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Profile;
import se.stegvis.network.ConsentingNetwork;
import se.stegvis.network.Networks;
import se.stegvis.scoring.ProfileClassifier;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.Trend;
import se.stegvis.summary.internal.ScoreRows;
import se.stegvis.summary.internal.SummaryCache;

/**
 * The summary of a round (DESIGN.md §5 "Summary"): stored scores once completed (live, preliminary ones
 * before), comparisons, trend and profile. For members of the round's organisation: unknown round or
 * non-member → {@link se.stegvis.web.NotFoundException} (404).
 */
@Service
@Transactional(readOnly = true)
public class Summaries {

	private final Rounds rounds;

	private final RoundResults results;

	private final ScoreRows rows;

	private final Comparisons comparisons;

	private final Networks networks;

	private final SummaryCache cache;

	Summaries(Rounds rounds, RoundResults results, ScoreRows rows, Comparisons comparisons, Networks networks,
			SummaryCache cache) {
		this.rounds = rounds;
		this.results = results;
		this.rows = rows;
		this.comparisons = comparisons;
		this.networks = networks;
		this.cache = cache;
	}

	/** The round's summary; reads only stored figures for a completed round. */
	public Summary summary(long roundId) {
		return summary(this.rounds.get(roundId));
	}

	/**
	 * The summary of a round whose view the caller loaded with the access check ({@link Rounds#get}): the same
	 * figures as {@link #summary(long)}.
	 */
	public Summary summary(RoundView view) {
		long roundId = view.round().id();
		SummaryCache.Generation generation = this.cache.generation();
		ScopeScores scores = view.round().isCompleted()
				? stored(generation, roundId).map(StoredRound::scores).orElseGet(() -> this.results.result(roundId).scores())
				: this.results.result(roundId).scores();
		return summary(view, scores, generation, this.networks.consentingNetworksOf(view.round().organisationCode()));
	}

	/**
	 * The summary of a result the caller already holds (from {@link RoundResults#result}, which checked access):
	 * the same figures as {@link #summary(long)}.
	 */
	public Summary summary(RoundResult result) {
		RoundView view = result.round();
		SummaryCache.Generation generation = this.cache.generation();
		ScopeScores scores = view.round().isCompleted()
				? stored(generation, view.round().id()).map(StoredRound::scores).orElse(result.scores()) : result.scores();
		return summary(view, scores, generation, this.networks.consentingNetworksOf(view.round().organisationCode()));
	}

	/**
	 * The summary of a completed round whose view the caller loaded with the access check, from the generation
	 * and the consenting networks it has just read (so that its cache key and the summary agree): the same
	 * figures as {@link #summary(long)}.
	 * @param networks what {@link Networks#consentingNetworksOf} gives for the round's organisation now
	 * @throws IllegalArgumentException when the round is not completed
	 */
	public Summary completed(RoundView view, SummaryCache.Generation generation, List<ConsentingNetwork> networks) {
		if (!view.round().isCompleted()) {
			throw new IllegalArgumentException("round " + view.round().id() + " is not completed");
		}
		long roundId = view.round().id();
		ScopeScores scores = stored(generation, roundId).map(StoredRound::scores)
			.orElseGet(() -> this.results.result(roundId).scores());
		return summary(view, scores, generation, networks);
	}

	/** The stored scores of a round, read once per stored revision. */
	private java.util.Optional<StoredRound> stored(SummaryCache.Generation generation, long roundId) {
		return generation.get(new StoredKey(roundId), () -> this.rows.find(roundId));
	}

	private Summary summary(RoundView view, ScopeScores scores, SummaryCache.Generation generation,
			List<ConsentingNetwork> networks) {
		Round round = view.round();
		AssessmentModel model = view.model();
		List<Comparison> groups = new ArrayList<>(this.comparisons.forOrganisation(round.organisationCode(),
				round.modelKey(), model.version().major(), generation.revision()));
		// Only networks in which the round's organisation itself consents, counting only consenting members,
		// read afresh on every request: a withdrawal anywhere removes the network or the member at the next one.
		for (ConsentingNetwork network : networks) {
			groups.add(this.comparisons.network(network.id(), network.name(), network.memberCodes(), round.modelKey(),
					model.version().major(), generation.revision()));
		}
		return new Summary(view, !round.isCompleted(), scores, groups, trend(round, scores, generation),
				profile(model, scores));
	}

	private Summary.@Nullable SummaryTrend trend(Round round, ScopeScores scores, SummaryCache.Generation generation) {
		List<StoredRound> stored = generation.get(
				new HistoryKey(round.organisationCode(), round.unitId(), round.modelKey()),
				() -> this.rows.history(round.organisationCode(), round.unitId(), round.modelKey()));
		List<StoredRound> history = stored
			.stream()
			.filter((r) -> round.firstCompletedAt() == null || r.roundId() == round.id()
					|| !r.firstCompletedAt().isAfter(round.firstCompletedAt()))
			.toList();
		StoredRound previous = null;
		for (StoredRound r : history) {
			if (r.roundId() != round.id()) {
				previous = r;
			}
		}
		if (previous == null) {
			return null;
		}
		return new Summary.SummaryTrend(previous.roundId(), Trend.deltas(scores, previous.scores()), history);
	}

	private static @Nullable Profile profile(AssessmentModel model, ScopeScores scores) {
		if (model.profiles().isEmpty()) {
			return null;
		}
		return ProfileClassifier.classify(model.profileRules(), scores)
			.flatMap((rule) -> model.profiles().stream().filter((p) -> p.key().equals(rule.key())).findFirst())
			.orElse(null);
	}

	private record StoredKey(long roundId) {
	}

	private record HistoryKey(String organisationCode, @Nullable Long unitId, String modelKey) {
	}

}
