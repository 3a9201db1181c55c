package se.stegvis.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.assessment.RoundResult;
import se.stegvis.assessment.RoundResults;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Activity;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.Suggestion;
import se.stegvis.scoring.SuggestionInput;
import se.stegvis.scoring.SuggestionRanking;

/**
 * The suggestions of a round (DESIGN.md §3): the round's organisation values and targets from
 * {@code assessment.RoundResults}, ranked by {@code scoring.SuggestionRanking} (never recomputed here), with
 * the model's texts and whether the plan has already adopted each.
 */
@Service
@Transactional(readOnly = true)
public class Suggestions {

	private final RoundResults results;

	private final ActionItems items;

	Suggestions(RoundResults results, ActionItems items) {
		this.results = results;
		this.items = items;
	}

	/**
	 * The round's ranked suggestions; any member of its organisation.
	 * @throws se.stegvis.web.NotFoundException for an unknown round or a non-member
	 */
	public RoundSuggestions of(long roundId) {
		RoundResult result = this.results.result(roundId);
		RoundView view = result.round();
		AssessmentModel model = view.model();
		List<SuggestionInput> inputs = view.indicators()
			.stream()
			.map((i) -> new SuggestionInput(i.key(), i.weight(), i.reverse(),
					result.values().getOrDefault(i.key(), IndicatorValue.UNANSWERED),
					result.targets().targetFor(model.placement(i)), i.activityOptions()))
			.toList();
		List<Suggestion> ranked = SuggestionRanking.rank(model.scoringScale(), inputs);
		Set<String> adopted = this.items.ofRound(roundId)
			.stream()
			.filter((item) -> item.activityKey() != null)
			.map(ActionItem::activityKey)
			.collect(Collectors.toSet());
		Map<String, Indicator> indicators = view.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::key, Function.identity()));
		List<SuggestionView> views = new ArrayList<>(ranked.size());
		for (Suggestion s : ranked) {
			Indicator indicator = indicators.get(s.indicatorKey());
			Activity activity = indicator.activities()
				.stream()
				.filter((a) -> a.key().equals(s.activityKey()))
				.findFirst()
				.orElseThrow();
			views.add(new SuggestionView(views.size() + 1, s.indicatorKey(), s.activityKey(), s.kind(), activity.title(),
					activity.description(), indicator.text(), indicator.area(), indicator.dimension(), s.currentValue(),
					s.target(), s.gap(), s.effort(), adopted.contains(s.activityKey())));
		}
		return new RoundSuggestions(view, views, this.items.canEdit(view.round().organisationCode()));
	}

}
