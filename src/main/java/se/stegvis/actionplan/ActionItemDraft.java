package se.stegvis.actionplan;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An action item as typed in a form or sent to the API, not yet checked: {@link ActionItems} refuses it
 * with {@link InvalidPlanInputException} naming each bad field (the API's field names) and saves nothing.
 *
 * @param indicatorKeys null or empty is refused (field {@code indicatorKeys})
 * @param targetLevel a whole level of the round's scale, or null/blank
 * @param startDate {@code yyyy-MM-dd}, or null/blank
 * @param dueDate {@code yyyy-MM-dd}, not before {@code startDate}, or null/blank
 * @param priority HIGH, MEDIUM or LOW; null/blank: MEDIUM
 * @param status NOT_STARTED, IN_PROGRESS, DONE, PAUSED or CANCELLED; null/blank: NOT_STARTED
 */
public record ActionItemDraft(@Nullable String title, @Nullable String description, @Nullable String activityKey,
		@Nullable List<String> indicatorKeys, @Nullable String targetLevel, @Nullable String successCriterion,
		@Nullable String owner, @Nullable String ownerUsername, @Nullable String startDate, @Nullable String dueDate,
		@Nullable String priority, @Nullable String status) {

}
