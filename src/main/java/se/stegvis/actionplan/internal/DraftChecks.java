package se.stegvis.actionplan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.UserAccounts;
import se.stegvis.actionplan.ActionItemDraft;
import se.stegvis.actionplan.InvalidPlanInputException;
import se.stegvis.actionplan.InvalidPlanInputException.Problem;
import se.stegvis.actionplan.ItemStatus;
import se.stegvis.actionplan.Priority;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Indicator;

/**
 * Turns a draft into the values to store, or refuses it with every bad field at once (nothing is saved).
 * Indicators must belong to the round the item came from, levels to its model's scale, and an owning
 * member to the organisation.
 */
@Component
public class DraftChecks {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public static final int MAX_CRITERION = 2000;

	public static final int MAX_OWNER = 200;

	public static final int MAX_INDICATORS = 50;

	private final UserAccounts accounts;

	DraftChecks(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/** The checked values; {@code InvalidPlanInputException} naming every bad field. */
	public ItemRows.Values check(ActionItemDraft draft, RoundView round) {
		List<Problem> problems = new ArrayList<>();
		String title = trimmed(draft.title());
		if (title == null) {
			problems.add(problem("title", "actionplan.input.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(problem("title", "actionplan.input.tooLong", MAX_TITLE));
		}
		String description = longText(draft.description(), "description", MAX_TEXT, problems);
		String criterion = longText(draft.successCriterion(), "successCriterion", MAX_CRITERION, problems);
		String owner = longText(draft.owner(), "owner", MAX_OWNER, problems);
		List<String> indicators = indicators(draft.indicatorKeys(), round, problems);
		String activityKey = trimmed(draft.activityKey());
		if (activityKey != null && round.model().activity(activityKey).isEmpty()) {
			problems.add(problem("activityKey", "actionplan.input.activity.unknown", activityKey));
		}
		Integer targetLevel = level(draft.targetLevel(), round.model().maxLevel(), problems);
		LocalDate start = date(draft.startDate(), "startDate", problems);
		LocalDate due = date(draft.dueDate(), "dueDate", problems);
		if (start != null && due != null && due.isBefore(start)) {
			problems.add(problem("dueDate", "actionplan.input.dueDate.beforeStart"));
		}
		Priority priority = choice(Priority.class, draft.priority(), Priority.MEDIUM, "priority", problems);
		ItemStatus status = status(draft.status(), ItemStatus.NOT_STARTED, problems);
		Long ownerId = null;
		String ownerUsername = trimmed(draft.ownerUsername());
		if (ownerUsername != null) {
			Optional<AccountSummary> member = this.accounts.find(ownerUsername)
				.filter((a) -> a.memberships().stream()
					.anyMatch((m) -> m.organisationCode().equals(round.round().organisationCode())));
			if (member.isEmpty()) {
				problems.add(problem("ownerUsername", "actionplan.input.owner.unknown", ownerUsername));
			}
			else {
				ownerId = member.get().id();
				ownerUsername = member.get().username();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanInputException(problems);
		}
		return new ItemRows.Values(activityKey, title, description, indicators, targetLevel, criterion,
				ownerUsername == null ? owner : null, ownerId, ownerUsername, start, due, priority, status);
	}

	/** The status named, or {@code fallback} for none; a problem on field {@code status} otherwise. */
	public static ItemStatus status(@Nullable String value, ItemStatus fallback, List<Problem> problems) {
		return choice(ItemStatus.class, value, fallback, "status", problems);
	}

	/** A follow-up's date and text, checked. */
	public static @Nullable LocalDate followUpDate(@Nullable String value, List<Problem> problems) {
		LocalDate date = date(value, "date", problems);
		if (date == null && trimmed(value) == null) {
			problems.add(problem("date", "actionplan.input.date.required"));
		}
		return date;
	}

	/** A follow-up's text, 1..4000 characters. */
	public static @Nullable String followUpText(@Nullable String value, List<Problem> problems) {
		String text = trimmed(value);
		if (text == null) {
			problems.add(problem("text", "actionplan.input.text.required"));
		}
		else if (text.length() > MAX_TEXT) {
			problems.add(problem("text", "actionplan.input.tooLong", MAX_TEXT));
		}
		return text;
	}

	private static List<String> indicators(@Nullable List<String> keys, RoundView round, List<Problem> problems) {
		if (keys == null || keys.stream().allMatch((k) -> trimmed(k) == null)) {
			problems.add(problem("indicatorKeys", "actionplan.input.indicators.required"));
			return List.of();
		}
		if (keys.size() > MAX_INDICATORS) {
			problems.add(problem("indicatorKeys", "actionplan.input.indicators.tooMany", MAX_INDICATORS));
			return List.of();
		}
		Set<String> known = new LinkedHashSet<>(round.indicators().stream().map(Indicator::key).toList());
		Set<String> chosen = new LinkedHashSet<>();
		for (int i = 0; i < keys.size(); i++) {
			String key = trimmed(keys.get(i));
			if (key == null) {
				continue;
			}
			if (!known.contains(key)) {
				problems.add(problem("indicatorKeys[" + i + "]", "actionplan.input.indicator.unknown", key));
			}
			else {
				chosen.add(key);
			}
		}
		return List.copyOf(chosen);
	}

	private static @Nullable Integer level(@Nullable String value, int maxLevel, List<Problem> problems) {
		String text = trimmed(value);
		if (text == null) {
			return null;
		}
		try {
			int level = Integer.parseInt(text);
			if (level >= 0 && level <= maxLevel) {
				return level;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		problems.add(problem("targetLevel", "actionplan.input.targetLevel.invalid", maxLevel));
		return null;
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, List<Problem> problems) {
		String text = trimmed(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(field, "actionplan.input.date.invalid", text));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, E fallback, String field,
			List<Problem> problems) {
		String text = trimmed(value);
		if (text == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem(field, "actionplan.input." + field + ".unknown", text));
			return fallback;
		}
	}

	private static @Nullable String longText(@Nullable String value, String field, int max, List<Problem> problems) {
		String text = trimmed(value);
		if (text != null && text.length() > max) {
			problems.add(problem(field, "actionplan.input.tooLong", max));
		}
		return text;
	}

	static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Problem problem(String field, String key, Object... args) {
		return new Problem(field, key, List.of(args));
	}

}
