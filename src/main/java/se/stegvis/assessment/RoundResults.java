package se.stegvis.assessment;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.assessment.internal.OrganisationValues;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScoring;

/**
 * What a round says about its organisation, for summaries, action plans and exports, so that nobody
 * recomputes it: the organisation value per indicator (individual-mode aggregation applied, consensus
 * first), the targets and the scope scores.
 */
@Service
@Transactional(readOnly = true)
public class RoundResults {

	private final RoundAccess access;

	private final OrganisationValues values;

	RoundResults(RoundAccess access, OrganisationValues values) {
		this.access = access;
		this.values = values;
	}

	/**
	 * The round's result, for a member of its organisation.
	 * @throws se.stegvis.web.NotFoundException for an unknown round or a non-member (404)
	 */
	public RoundResult result(long roundId) {
		return result(this.access.member(roundId).view());
	}

	/**
	 * The round's result without any access check: only for server-side figures that never show one
	 * organisation's data to another (comparisons, statistics). Pages and API must use {@link #result}.
	 * @throws se.stegvis.web.NotFoundException for an unknown round
	 */
	public RoundResult resultWithoutAccessCheck(long roundId) {
		return result(this.access.unchecked(roundId));
	}

	private RoundResult result(RoundView view) {
		Map<String, IndicatorValue> organisation = this.values.of(view);
		return new RoundResult(view, organisation, view.targets(),
				ScopeScoring.scoreAll(view.model().scoringScale(),
						view.indicators().stream().map(view.model()::placement).toList(), organisation),
				!view.round().isCompleted());
	}

}
