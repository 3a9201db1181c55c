package se.stegvis.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.Role;
import se.stegvis.account.TenantGuard;
import se.stegvis.account.UserAccounts;
import se.stegvis.actionplan.InvalidPlanInputException.Problem;
import se.stegvis.actionplan.internal.DraftChecks;
import se.stegvis.actionplan.internal.ItemRows;
import se.stegvis.assessment.RoundView;
import se.stegvis.assessment.Rounds;
import se.stegvis.model.Activity;
import se.stegvis.model.Indicator;
import se.stegvis.web.NotFoundException;

/**
 * The action items of an organisation's plans (DESIGN.md §5 "Action plan"). Every member reads; org admins
 * and participants write (a viewer gets 403); anyone else gets 404, also for an unknown item. Writes take
 * the version the caller last saw and refuse with {@link StaleItemException} when another save came first;
 * {@code null} as expected version writes over whatever is stored (scripts without {@code If-Match}). Bad
 * input is refused with {@link InvalidPlanInputException} and saves nothing.
 */
@Service
@Transactional
public class ActionItems {

	/** The day "overdue" is measured against. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private static final Role[] EDITORS = { Role.ORG_ADMIN, Role.PARTICIPANT };

	private final ItemRows rows;

	private final Rounds rounds;

	private final TenantGuard guard;

	private final DraftChecks checks;

	private final AuditLog audit;

	private final UserAccounts accounts;

	ActionItems(ItemRows rows, Rounds rounds, TenantGuard guard, DraftChecks checks, AuditLog audit,
			UserAccounts accounts) {
		this.rows = rows;
		this.rounds = rounds;
		this.guard = guard;
		this.checks = checks;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** Today in Sweden, the day items fall overdue against. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** Every item of the organisation (its own plan and its units'), oldest first; any member. */
	@Transactional(readOnly = true)
	public List<ActionItem> plan(String organisationCode) {
		this.guard.requireMember(organisationCode);
		return this.rows.ofOrganisation(organisationCode).stream().map(this::item).toList();
	}

	/** The plan the round belongs to: the items of its organisation, or of its unit; any member. */
	@Transactional(readOnly = true)
	public List<ActionItem> ofRound(long roundId) {
		RoundView round = this.rounds.get(roundId);
		return this.rows.ofOrganisation(round.round().organisationCode())
			.stream()
			.filter((r) -> Objects.equals(r.unitId(), round.round().unitId()))
			.map(this::item)
			.toList();
	}

	/** One item; any member of its organisation. */
	@Transactional(readOnly = true)
	public ActionItem get(long id) {
		ItemRows.Row row = row(id);
		this.guard.requireMember(row.organisationCode());
		return item(row);
	}

	/** Whether the signed-in user may change the organisation's plan (org admin or participant). */
	@Transactional(readOnly = true)
	public boolean canEdit(String organisationCode) {
		return this.guard.requireMember(organisationCode).hasRole(organisationCode, EDITORS);
	}

	/**
	 * A draft prefilled from one of the round's activities (title, description, indicator, the level it leads
	 * to); any member.
	 * @throws NotFoundException when the activity is not one of the round's indicators'
	 */
	@Transactional(readOnly = true)
	public ActionItemDraft draftFrom(long roundId, String activityKey) {
		RoundView round = this.rounds.get(roundId);
		for (Indicator indicator : round.indicators()) {
			for (Activity activity : indicator.activities()) {
				if (activity.key().equals(activityKey)) {
					return new ActionItemDraft(activity.title().sv(),
							activity.description() == null ? null : activity.description().sv(), activity.key(),
							List.of(indicator.key()), activity.toLevel() == null ? null : activity.toLevel().toString(),
							null, null, null, null, null, Priority.MEDIUM.name(), ItemStatus.NOT_STARTED.name());
				}
			}
		}
		throw new NotFoundException(activityKey);
	}

	/** Adds an item to the plan of the round's organisation or unit; org admin or participant. */
	public ActionItem create(long roundId, ActionItemDraft draft) {
		RoundView round = this.rounds.get(roundId);
		String code = round.round().organisationCode();
		CurrentUser user = this.guard.requireRole(code, EDITORS);
		ItemRows.Values values = this.checks.check(draft, round);
		long id = this.rows.insert(code, round.round().unitId(), roundId, values, Instant.now(), user.id(),
				user.displayName());
		this.audit.record(code, user.asActor(), "actionplan.item-created", subject(id), null, values.title());
		return item(row(id));
	}

	/** Replaces the item's values; org admin or participant. */
	public ActionItem update(long id, ActionItemDraft draft, @Nullable Long expectedVersion) {
		ItemRows.Row row = row(id);
		CurrentUser user = this.guard.requireRole(row.organisationCode(), EDITORS);
		ItemRows.Values values = this.checks.check(draft, this.rounds.get(row.originAssessmentId()));
		return write(row, values, expectedVersion, user);
	}

	/** Moves the item to another status (the board); org admin or participant. */
	public ActionItem setStatus(long id, @Nullable String status, @Nullable Long expectedVersion) {
		ItemRows.Row row = row(id);
		CurrentUser user = this.guard.requireRole(row.organisationCode(), EDITORS);
		List<Problem> problems = new ArrayList<>();
		if (status == null || status.isBlank()) {
			problems.add(new Problem("status", "actionplan.input.status.unknown", List.of("")));
		}
		ItemStatus next = DraftChecks.status(status, row.status(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidPlanInputException(problems);
		}
		ItemRows.Values values = new ItemRows.Values(row.activityKey(), row.title(), row.description(),
				row.indicatorKeys(), row.targetLevel(), row.successCriterion(), row.ownerText(), row.ownerUserId(),
				row.ownerUsername(), row.startDate(), row.dueDate(), row.priority(), next);
		return write(row, values, expectedVersion, user);
	}

	/** Deletes the item with its follow-ups; org admin or participant. */
	public void delete(long id, @Nullable Long expectedVersion) {
		ItemRows.Row row = row(id);
		CurrentUser user = this.guard.requireRole(row.organisationCode(), EDITORS);
		long expected = expectedVersion == null ? row.version() : expectedVersion;
		if (!this.rows.delete(id, expected)) {
			throw new StaleItemException(item(row(id)));
		}
		this.audit.record(row.organisationCode(), user.asActor(), "actionplan.item-deleted", subject(id), row.title(),
				null);
	}

	/** The item's follow-up log, newest first; any member. */
	@Transactional(readOnly = true)
	public List<FollowUp> followUps(long id) {
		ItemRows.Row row = row(id);
		this.guard.requireMember(row.organisationCode());
		return this.rows.followUps(id);
	}

	/** Adds an entry to the follow-up log ({@code date} as yyyy-MM-dd, text 1..4000); org admin or participant. */
	public FollowUp addFollowUp(long id, @Nullable String date, @Nullable String text) {
		ItemRows.Row row = row(id);
		CurrentUser user = this.guard.requireRole(row.organisationCode(), EDITORS);
		List<Problem> problems = new ArrayList<>();
		LocalDate day = DraftChecks.followUpDate(date, problems);
		String body = DraftChecks.followUpText(text, problems);
		if (!problems.isEmpty() || day == null || body == null) {
			throw new InvalidPlanInputException(problems);
		}
		long followUp = this.rows.insertFollowUp(id, day, body, Instant.now(), user.id(), user.displayName());
		this.audit.record(row.organisationCode(), user.asActor(), "actionplan.follow-up-added", subject(id), null,
				day.toString());
		return this.rows.followUps(id).stream().filter((f) -> f.id() == followUp).findFirst().orElseThrow();
	}

	/** The order lists use by default: open before done, overdue first, then due date, priority and title. */
	public static Comparator<ActionItem> byUrgency(LocalDate today) {
		return Comparator.comparing((ActionItem i) -> !i.status().isOpen())
			.thenComparing((ActionItem i) -> !i.overdueOn(today))
			.thenComparing(ActionItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ActionItem::priority)
			.thenComparing(ActionItem::id);
	}

	private ActionItem write(ItemRows.Row row, ItemRows.Values values, @Nullable Long expectedVersion, CurrentUser user) {
		long expected = expectedVersion == null ? row.version() : expectedVersion;
		Instant now = Instant.now();
		Instant doneAt = values.status() != ItemStatus.DONE ? null : row.status() == ItemStatus.DONE ? row.doneAt() : now;
		if (expected != row.version() || !this.rows.update(row.id(), expected, values, doneAt, now, user.id(),
				user.displayName())) {
			throw new StaleItemException(item(row(row.id())));
		}
		if (row.status() != values.status()) {
			this.audit.record(row.organisationCode(), user.asActor(), "actionplan.item-status", subject(row.id()),
					row.status().name(), values.status().name());
		}
		else {
			this.audit.record(row.organisationCode(), user.asActor(), "actionplan.item-changed", subject(row.id()),
					null, values.title());
		}
		return item(row(row.id()));
	}

	private ItemRows.Row row(long id) {
		return this.rows.find(id).orElseThrow(() -> new NotFoundException("action item " + id));
	}

	private ActionItem item(ItemRows.Row row) {
		String ownerName = row.ownerUsername() == null ? row.ownerText()
				: this.accounts.find(row.ownerUsername()).map((a) -> a.displayName()).orElse(row.ownerUsername());
		return new ActionItem(row.id(), row.organisationCode(), row.unitId(), row.originAssessmentId(), row.activityKey(),
				row.title(), row.description(), row.indicatorKeys(), row.targetLevel(), row.successCriterion(),
				row.ownerText(), row.ownerUsername(), ownerName, row.startDate(), row.dueDate(), row.priority(),
				row.status(), row.version(), row.createdAt(), row.updatedAt(), row.updatedName(), row.doneAt());
	}

	private static String subject(long id) {
		return "action-item:" + id;
	}

}
