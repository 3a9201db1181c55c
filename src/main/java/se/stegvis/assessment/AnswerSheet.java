package se.stegvis.assessment;

import java.util.List;
import java.util.Map;

/**
 * The answers one user sees and edits: the group's in GROUP mode, their own in INDIVIDUAL mode.
 *
 * @param answers every indicator of the round (unanswered ones included), by key, in model order
 * @param areas progress per area of the round, in model order
 * @param editable whether the caller may save answers now (not completed, and a participant in
 *     INDIVIDUAL mode, an org admin or participant in GROUP mode)
 */
public record AnswerSheet(RoundView round, Map<String, Answer> answers, List<AreaProgress> areas, boolean editable) {

	public AnswerSheet {
		answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
		areas = List.copyOf(areas);
	}

}
