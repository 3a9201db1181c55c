package se.stegvis.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.CurrentUsers;
import se.stegvis.account.Role;
import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItems;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.PlanFollowUps;
import se.stegvis.assessment.Answer;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.Round;
import se.stegvis.assessment.RoundAnswers;
import se.stegvis.assessment.RoundFacilitation;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.organisation.OrganisationCatalog;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.Targets;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.Summaries;
import se.stegvis.summary.Summary;

/**
 * Gathers a round's export from the services that own its figures. Who may export is who may read the
 * summary: every member of the round's organisation; an unknown round or a non-member →
 * {@link se.stegvis.web.NotFoundException} (404). The participants' distribution is included only for org
 * admins of an INDIVIDUAL round, as on the summary page.
 */
@Service
@Transactional(readOnly = true)
public class RoundExports {

	private final RoundResults results;

	private final Summaries summaries;

	private final RoundAnswers answers;

	private final RoundFacilitation facilitation;

	private final ActionItems items;

	private final PlanFollowUps followUps;

	private final OrganisationCatalog organisations;

	private final CurrentUsers users;

	RoundExports(RoundResults results, Summaries summaries, RoundAnswers answers, RoundFacilitation facilitation,
			ActionItems items, PlanFollowUps followUps, OrganisationCatalog organisations, CurrentUsers users) {
		this.results = results;
		this.summaries = summaries;
		this.answers = answers;
		this.facilitation = facilitation;
		this.items = items;
		this.followUps = followUps;
		this.organisations = organisations;
		this.users = users;
	}

	/**
	 * The round's export.
	 * @param chosen the comparison to show; null or a scope the organisation lacks falls back to NATIONAL
	 */
	public RoundExport export(long roundId, @Nullable ComparisonScope chosen) {
		RoundResult result = this.results.result(roundId);
		Summary summary = this.summaries.summary(result);
		Round round = result.round().round();
		AssessmentModel model = result.round().model();
		Comparison comparison = chosen == null ? null : summary.comparison(chosen);
		if (comparison == null) {
			comparison = summary.comparison(ComparisonScope.NATIONAL);
		}
		boolean individual = round.mode() == RoundMode.INDIVIDUAL;
		boolean distributionShown = individual && this.users.require().hasRole(round.organisationCode(), Role.ORG_ADMIN);
		Map<String, Answer> groupAnswers = individual ? Map.of() : this.answers.sheet(roundId).answers();
		Map<String, IndicatorSpread> spreads = new HashMap<>();
		if (distributionShown) {
			this.facilitation.distribution(roundId).forEach((s) -> spreads.put(s.indicatorKey(), s));
		}
		List<RoundExport.IndicatorLine> lines = result.round().indicators().stream().map((indicator) -> {
			IndicatorValue value = result.values().get(indicator.key());
			Answer answer = groupAnswers.get(indicator.key());
			IndicatorSpread spread = spreads.get(indicator.key());
			return line(model, result.targets(), indicator, value == null ? IndicatorValue.UNANSWERED : value, answer, spread);
		}).toList();
		List<ActionItem> plan = this.items.ofRound(roundId);
		Map<Long, List<FollowUp>> logs = new HashMap<>();
		plan.forEach((item) -> logs.put(item.id(), this.items.followUps(item.id())));
		String name = this.organisations.name(round.organisationCode()).orElse(round.organisationCode());
		return new RoundExport(summary, result, name, comparison, lines, distributionShown, plan, logs,
				this.followUps.progress(round.organisationCode()), Instant.now());
	}

	private static RoundExport.IndicatorLine line(AssessmentModel model, Targets targets, Indicator indicator,
			IndicatorValue value, @Nullable Answer answer, @Nullable IndicatorSpread spread) {
		BigDecimal score = model.scoringScale().score(value, indicator.reverse());
		int target = targets.targetFor(model.placement(indicator));
		BigDecimal gap = Targets.gap(target, model.scoringScale().maturityValue(value, indicator.reverse()));
		return new RoundExport.IndicatorLine(indicator, value, score, target, gap, answer == null ? null : answer.comment(),
				answer == null ? null : answer.evidenceUrl(), spread == null ? null : spread.distribution(),
				spread == null || spread.consensus() == null ? null : spread.consensus().note(),
				spread == null ? List.of() : spread.comments());
	}

}
