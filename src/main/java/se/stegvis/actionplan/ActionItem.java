package se.stegvis.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One decided activity of an organisation's (or unit's) action plan.
 *
 * @param unitId the unit whose plan it belongs to; null for the organisation's own plan
 * @param originAssessmentId the round it came from
 * @param activityKey the model activity it was adopted from; null for an item written from scratch
 * @param indicatorKeys the indicators it should move, at least one, in the order given
 * @param targetLevel the level those indicators should reach; null when not stated
 * @param owner the owner as a name or role in text; null when none or when {@code ownerUsername} is set
 * @param ownerUsername the owning member's username; null when none
 * @param ownerName who owns it as pages show it: the member's display name, else {@code owner}; null for nobody
 * @param version 1 after creation, plus one for every change; the ETag of the API
 * @param updatedBy the display name of whoever saved last
 * @param doneAt when it was last marked DONE; null unless DONE
 */
public record ActionItem(long id, String organisationCode, @Nullable Long unitId, long originAssessmentId,
		@Nullable String activityKey, String title, @Nullable String description, List<String> indicatorKeys,
		@Nullable Integer targetLevel, @Nullable String successCriterion, @Nullable String owner,
		@Nullable String ownerUsername, @Nullable String ownerName, @Nullable LocalDate startDate,
		@Nullable LocalDate dueDate, Priority priority, ItemStatus status, long version, Instant createdAt,
		Instant updatedAt, @Nullable String updatedBy, @Nullable Instant doneAt) {

	public ActionItem {
		indicatorKeys = List.copyOf(indicatorKeys);
	}

	/** Past its due date (before {@code today}) and neither done nor cancelled. */
	public boolean overdueOn(LocalDate today) {
		return this.dueDate != null && this.dueDate.isBefore(today) && this.status.isOpen();
	}

	/** The item as a draft with its current values, e.g. to apply a merge patch to. */
	public ActionItemDraft draft() {
		return new ActionItemDraft(this.title, this.description, this.activityKey, this.indicatorKeys,
				this.targetLevel == null ? null : this.targetLevel.toString(), this.successCriterion, this.owner,
				this.ownerUsername, this.startDate == null ? null : this.startDate.toString(),
				this.dueDate == null ? null : this.dueDate.toString(), this.priority.name(), this.status.name());
	}

}
