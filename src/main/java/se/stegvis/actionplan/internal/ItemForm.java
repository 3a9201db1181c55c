package se.stegvis.actionplan.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.ActionItemDraft;

/**
 * The action item form as posted (names as the API's fields), apart from the stored item.
 *
 * @param version the version the form was filled from; null for a new item
 */
public record ItemForm(@Nullable String title, @Nullable String description, @Nullable String activityKey,
		@Nullable List<String> indicatorKeys, @Nullable String targetLevel, @Nullable String successCriterion,
		@Nullable String owner, @Nullable String ownerUsername, @Nullable String startDate, @Nullable String dueDate,
		@Nullable String priority, @Nullable String status, @Nullable String version) {

	static ItemForm of(ActionItemDraft d, @Nullable Long version) {
		return new ItemForm(d.title(), d.description(), d.activityKey(), d.indicatorKeys(), d.targetLevel(),
				d.successCriterion(), d.owner(), d.ownerUsername(), d.startDate(), d.dueDate(), d.priority(), d.status(),
				version == null ? null : version.toString());
	}

	ActionItemDraft draft() {
		return new ActionItemDraft(this.title, this.description, this.activityKey, this.indicatorKeys, this.targetLevel,
				this.successCriterion, this.owner, this.ownerUsername, this.startDate, this.dueDate, this.priority,
				this.status);
	}

	ItemForm withVersion(long newVersion) {
		return new ItemForm(this.title, this.description, this.activityKey, this.indicatorKeys, this.targetLevel,
				this.successCriterion, this.owner, this.ownerUsername, this.startDate, this.dueDate, this.priority,
				this.status, Long.toString(newVersion));
	}

	/** Whether the indicator is ticked. */
	public boolean has(String indicatorKey) {
		return this.indicatorKeys != null && this.indicatorKeys.contains(indicatorKey);
	}

	/** The expected version as a number; null when missing or not a number (then the save overwrites nothing silently: see the controller). */
	@Nullable Long expectedVersion() {
		try {
			return this.version == null ? null : Long.valueOf(this.version.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
