package se.stegvis.actionplan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.ActionItemDraft;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.actionplan.InvalidPlanInputException.Problem;
import se.stegvis.actionplan.SuggestionView;
import se.stegvis.scoring.DisplayRounding;

/** The JSON shapes of the action plan API (DESIGN.md §5), and JSON bodies read into drafts naming every bad field. */
final class ApiBodies {

	static final Set<String> FIELDS = Set.of("title", "description", "activityKey", "indicatorKeys", "targetLevel",
			"successCriterion", "owner", "ownerUsername", "startDate", "dueDate", "priority", "status");

	private ApiBodies() {
	}

	/** A suggestion; {@code currentLevel} is the maturity value, {@code currentLevel} and {@code gap} to one decimal. */
	record SuggestionBody(int rank, String indicatorKey, String activityKey, String kind, String title,
			@Nullable BigDecimal currentLevel, int targetLevel, @Nullable BigDecimal gap, String effort, boolean adopted,
			String areaKey, String dimensionKey) {

		static SuggestionBody of(SuggestionView s, Locale locale) {
			return new SuggestionBody(s.rank(), s.indicatorKey(), s.activityKey(), s.kind().name(), s.title().text(locale),
					DisplayRounding.oneDecimalOrNull(s.currentValue()), s.target(),
					DisplayRounding.oneDecimalOrNull(s.gap()), s.effort().name(), s.adopted(), s.areaKey(),
					s.dimensionKey());
		}

	}

	/** An action item as the API serves it. */
	record ItemBody(long id, String organisationCode, @Nullable Long unitId, long originAssessmentId,
			@Nullable String activityKey, String title, @Nullable String description, List<String> indicatorKeys,
			@Nullable Integer targetLevel, @Nullable String successCriterion, @Nullable String owner,
			@Nullable String ownerUsername, @Nullable String ownerName, @Nullable LocalDate startDate,
			@Nullable LocalDate dueDate, String priority, String status, boolean overdue, long version,
			Instant createdAt, Instant updatedAt, @Nullable String updatedBy) {

		static ItemBody of(ActionItem i, LocalDate today) {
			return new ItemBody(i.id(), i.organisationCode(), i.unitId(), i.originAssessmentId(), i.activityKey(), i.title(),
					i.description(), i.indicatorKeys(), i.targetLevel(), i.successCriterion(), i.owner(), i.ownerUsername(),
					i.ownerName(), i.startDate(), i.dueDate(), i.priority().name(), i.status().name(), i.overdueOn(today),
					i.version(), i.createdAt(), i.updatedAt(), i.updatedBy());
		}

	}

	record FollowUpBody(long id, long itemId, LocalDate date, String text, @Nullable String by, Instant createdAt) {

		static FollowUpBody of(FollowUp f) {
			return new FollowUpBody(f.id(), f.itemId(), f.date(), f.text(), f.byName(), f.createdAt());
		}

	}

	record FollowUpRequest(@Nullable String date, @Nullable String text) {
	}

	/**
	 * Applies a JSON object to a draft as JSON Merge Patch (RFC 7396): a member set to {@code null} clears the
	 * field, a member left out keeps it, {@code indicatorKeys} is replaced as a whole.
	 * @throws InvalidPlanInputException for an unknown member or a value of the wrong type, naming it
	 */
	static ActionItemDraft merge(ActionItemDraft base, Map<String, @Nullable Object> patch) {
		List<Problem> problems = new ArrayList<>();
		Values v = new Values(base);
		patch.forEach((field, value) -> {
			if (!FIELDS.contains(field)) {
				problems.add(new Problem(field, "actionplan.input.field.unknown", List.of(field)));
			}
			else if (field.equals("indicatorKeys")) {
				v.indicatorKeys = keys(value, problems);
			}
			else if (value == null || value instanceof String
					|| (value instanceof Number && field.equals("targetLevel"))) {
				v.set(field, value == null ? null : value.toString());
			}
			else {
				problems.add(new Problem(field, "actionplan.input.type.text", List.of()));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidPlanInputException(problems);
		}
		return v.draft();
	}

	static ActionItemDraft empty() {
		return new ActionItemDraft(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static @Nullable List<String> keys(@Nullable Object value, List<Problem> problems) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) instanceof String key) {
					keys.add(key);
				}
				else {
					problems.add(new Problem("indicatorKeys[" + i + "]", "actionplan.input.type.text", List.of()));
				}
			}
			return keys;
		}
		problems.add(new Problem("indicatorKeys", "actionplan.input.type.list", List.of()));
		return null;
	}

	/** A mutable copy of a draft while a patch is applied. */
	private static final class Values {

		@Nullable String title, description, activityKey, targetLevel, successCriterion, owner, ownerUsername,
				startDate, dueDate, priority, status;

		@Nullable List<String> indicatorKeys;

		Values(ActionItemDraft d) {
			this.title = d.title();
			this.description = d.description();
			this.activityKey = d.activityKey();
			this.indicatorKeys = d.indicatorKeys();
			this.targetLevel = d.targetLevel();
			this.successCriterion = d.successCriterion();
			this.owner = d.owner();
			this.ownerUsername = d.ownerUsername();
			this.startDate = d.startDate();
			this.dueDate = d.dueDate();
			this.priority = d.priority();
			this.status = d.status();
		}

		void set(String field, @Nullable String value) {
			switch (field) {
				case "title" -> this.title = value;
				case "description" -> this.description = value;
				case "activityKey" -> this.activityKey = value;
				case "targetLevel" -> this.targetLevel = value;
				case "successCriterion" -> this.successCriterion = value;
				case "owner" -> this.owner = value;
				case "ownerUsername" -> this.ownerUsername = value;
				case "startDate" -> this.startDate = value;
				case "dueDate" -> this.dueDate = value;
				case "priority" -> this.priority = value;
				case "status" -> this.status = value;
				default -> throw new IllegalArgumentException(field);
			}
		}

		ActionItemDraft draft() {
			return new ActionItemDraft(this.title, this.description, this.activityKey, this.indicatorKeys,
					this.targetLevel, this.successCriterion, this.owner, this.ownerUsername, this.startDate,
					this.dueDate, this.priority, this.status);
		}

	}

}
