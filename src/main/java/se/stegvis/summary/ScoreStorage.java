package se.stegvis.summary;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundCompleted;
import se.stegvis.assessment.RoundPublicationChanged;
import se.stegvis.assessment.RoundReopened;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.network.NetworkMembersChanged;
import se.stegvis.summary.internal.ScoreRows;

/**
 * Keeps the scope scores of every completed round, so that summaries, comparisons and trends read
 * precomputed figures. It listens to the round lifecycle inside the same transaction: completing stores the
 * scores {@code RoundResults} computes, reopening withdraws them, a publication change is copied. Every
 * change raises the stored revision, which tells every node that its cached comparisons are stale. So does a
 * change of a network's members, because cached summaries carry the consenting networks' figures.
 */
@Service
@Transactional
public class ScoreStorage {

	private final RoundResults results;

	private final ScoreRows rows;

	ScoreStorage(RoundResults results, ScoreRows rows) {
		this.results = results;
		this.rows = rows;
	}

	@EventListener
	void on(RoundCompleted event) {
		store(event.roundId());
	}

	@EventListener
	void on(RoundReopened event) {
		withdraw(event.roundId());
	}

	@EventListener
	void on(RoundPublicationChanged event) {
		if (this.rows.setPublished(event.roundId(), event.published())) {
			this.rows.bumpRevision();
		}
	}

	@EventListener
	void on(NetworkMembersChanged event) {
		this.rows.bumpRevision();
	}

	/**
	 * Stores (or replaces) the scores of a completed round, computed by {@code RoundResults}. No access check:
	 * for the lifecycle events, seeders and benchmarks.
	 * @throws IllegalStateException when the round is not completed
	 * @throws se.stegvis.web.NotFoundException for an unknown round
	 */
	public StoredRound store(long roundId) {
		RoundResult result = this.results.resultWithoutAccessCheck(roundId);
		Round round = result.round().round();
		if (!round.isCompleted() || round.completedAt() == null || round.firstCompletedAt() == null) {
			throw new IllegalStateException("round " + roundId + " is not completed");
		}
		StoredRound stored = new StoredRound(roundId, round.organisationCode(), round.unitId(), round.modelKey(),
				round.modelVersion(), round.title(), result.round().model().version().major(), round.published(),
				round.firstCompletedAt(), round.completedAt(), result.scores());
		this.rows.store(stored);
		this.rows.bumpRevision();
		return stored;
	}

	/** Withdraws a round's stored scores (it leaves comparisons and trends); a no-op when none are stored. */
	public void withdraw(long roundId) {
		if (this.rows.delete(roundId)) {
			this.rows.bumpRevision();
		}
	}

	/** The stored scores of a round; empty unless it is completed. No access check. */
	@Transactional(readOnly = true)
	public Optional<StoredRound> find(long roundId) {
		return this.rows.find(roundId);
	}

	/** When the stored figures last changed, as a counter; for caches. */
	@Transactional(readOnly = true)
	public long revision() {
		return this.rows.revision();
	}

}
