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

	Summaries(Rounds rounds, RoundResults results, ScoreRows rows, Comparisons comparisons, Networks networks) {
		this.rounds = rounds;
		this.results = results;
		this.rows = rows;
		this.comparisons = comparisons;
		this.networks = networks;
	}

	/** The round's summary; reads only stored figures for a completed round. */
	public Summary summary(long roundId) {
		RoundView view = this.rounds.get(roundId);
		ScopeScores scores = view.round().isCompleted()
				? this.rows.find(roundId).map(StoredRound::scores).orElseGet(() -> this.results.result(roundId).scores())
				: this.results.result(roundId).scores();
		return summary(view, scores);
	}

	/**
	 * The summary of a result the caller already holds (from {@link RoundResults#result}, which checked access):
	 * the same figures as {@link #summary(long)}.
	 */
	public Summary summary(RoundResult result) {
		RoundView view = result.round();
		ScopeScores scores = view.round().isCompleted()
				? this.rows.find(view.round().id()).map(StoredRound::scores).orElse(result.scores()) : result.scores();
		return summary(view, scores);
	}

	private Summary summary(RoundView view, ScopeScores scores) {
		Round round = view.round();
		AssessmentModel model = view.model();
		List<Comparison> groups = new ArrayList<>(this.comparisons.forOrganisation(round.organisationCode(),
				round.modelKey(), model.version().major()));
		// Only networks in which the round's organisation itself consents, counting only consenting members,
		// read afresh now: a withdrawal anywhere removes the network or the member at the next request.
		for (ConsentingNetwork network : this.networks.consentingNetworksOf(round.organisationCode())) {
			groups.add(this.comparisons.network(network.id(), network.name(), network.memberCodes(), round.modelKey(),
					model.version().major()));
		}
		return new Summary(view, !round.isCompleted(), scores, groups, trend(round, scores), profile(model, scores));
	}

	private Summary.@Nullable SummaryTrend trend(Round round, ScopeScores scores) {
		List<StoredRound> history = this.rows.history(round.organisationCode(), round.unitId(), round.modelKey())
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

}
