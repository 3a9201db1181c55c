package se.stegvis.actionplan;

import java.util.List;

import se.stegvis.assessment.RoundView;

/**
 * The ranked suggestions of a round.
 *
 * @param suggestions in rank order (DESIGN.md §3): IMPROVE by gap, weight, effort and model order, then FIND_OUT
 * @param editable whether the caller may add items to the plan (org admin or participant)
 */
public record RoundSuggestions(RoundView round, List<SuggestionView> suggestions, boolean editable) {

	public RoundSuggestions {
		suggestions = List.copyOf(suggestions);
	}

}
