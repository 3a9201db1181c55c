package se.stegvis.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AuditEntry;
import se.stegvis.account.AuditLog;
import se.stegvis.account.Role;
import se.stegvis.assessment.InvalidRoundInputException.Problem;
import se.stegvis.assessment.internal.OrganisationValues;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.assessment.internal.RoundRows;
import se.stegvis.assessment.internal.TargetChecks;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.TargetOverride;

/**
 * Completing and reopening a round, its targets and publication, and its history (audit trail). All but
 * {@link #unanswered} and {@link #history} are for org admins; unknown round or non-member → 404, other
 * roles → 403. Every change is recorded in the audit trail. Completing, reopening and changing the publication
 * publish {@link RoundCompleted}, {@link RoundReopened} and {@link RoundPublicationChanged} inside the same
 * transaction, so that listeners (stored scores, comparisons) commit or roll back with the change.
 */
@Service
@Transactional
public class RoundLifecycle {

	/** The longest reopen reason. */
	public static final int MAX_REASON = 1000;

	/** The most history entries returned. */
	public static final int HISTORY_LIMIT = 1000;

	private final RoundAccess access;

	private final RoundRows rows;

	private final OrganisationValues values;

	private final TargetChecks targetChecks;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	RoundLifecycle(RoundAccess access, RoundRows rows, OrganisationValues values, TargetChecks targetChecks,
			AuditLog audit, ApplicationEventPublisher events) {
		this.access = access;
		this.rows = rows;
		this.values = values;
		this.targetChecks = targetChecks;
		this.audit = audit;
		this.events = events;
	}

	/** The indicators (keys, model order) without an organisation value yet: what completing leaves open. Any member. */
	@Transactional(readOnly = true)
	public List<String> unanswered(long roundId) {
		RoundView view = this.access.member(roundId).view();
		return this.values.of(view).entrySet().stream()
			.filter((e) -> e.getValue().kind() == IndicatorValue.Kind.UNANSWERED)
			.map(java.util.Map.Entry::getKey)
			.toList();
	}

	/**
	 * Completes the round, even with unanswered indicators (the UI asks first). The first completion time is
	 * kept for good; a completed round is read-only.
	 * @throws RoundCompletedException when it is already completed (409)
	 */
	public Round complete(long roundId) {
		RoundAccess.Loaded round = this.access.open(roundId, Role.ORG_ADMIN);
		this.rows.complete(roundId, Instant.now());
		this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.status-changed", round.subject(),
				round.row().status().name(), RoundStatus.COMPLETED.name());
		this.events.publishEvent(new RoundCompleted(roundId));
		return reload(roundId);
	}

	/**
	 * Reopens a completed round with a reason (recorded in the audit trail). It leaves comparisons until it is
	 * completed again; its first completion time stays.
	 * @throws InvalidRoundInputException naming {@code reason} (blank or over {@value #MAX_REASON} characters)
	 * @throws se.stegvis.web.ConflictException when the round is not completed (409)
	 */
	public Round reopen(long roundId, @Nullable String reason) {
		RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw InvalidRoundInputException.of("reason", "assessment.input.reason.required");
		}
		if (text.length() > MAX_REASON) {
			throw InvalidRoundInputException.of("reason", "assessment.input.reason.tooLong", MAX_REASON);
		}
		if (!round.view().round().isCompleted()) {
			throw new se.stegvis.web.ConflictException(this.access.text("assessment.notCompleted"));
		}
		RoundStatus status = round.row().startedAt() == null ? RoundStatus.DRAFT : RoundStatus.IN_PROGRESS;
		this.rows.reopen(roundId, status);
		this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.status-changed", round.subject(),
				RoundStatus.COMPLETED.name(), status.name());
		this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.reopened", round.subject(), null,
				AnswerTexts.shorten(text));
		this.events.publishEvent(new RoundReopened(roundId));
		return reload(roundId);
	}

	/** Whether the round enters comparisons once completed (allowed in any status). */
	public Round setPublication(long roundId, boolean published) {
		RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
		if (round.row().published() != published) {
			this.rows.setPublished(roundId, published);
			this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.publication-changed",
					round.subject(), String.valueOf(round.row().published()), String.valueOf(published));
			this.events.publishEvent(new RoundPublicationChanged(roundId, published));
		}
		return reload(roundId);
	}

	/**
	 * Replaces the round's targets (allowed unless completed).
	 * @throws InvalidRoundInputException naming {@code level}, {@code overrides[i].scope|key|level}
	 * @throws RoundCompletedException when completed (409)
	 */
	public RoundView setTargets(long roundId, TargetSetting targets) {
		RoundAccess.Loaded round = this.access.open(roundId, Role.ORG_ADMIN);
		List<Problem> problems = new ArrayList<>();
		TargetChecks.Checked checked = this.targetChecks.check(round.model(), targets, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidRoundInputException(problems);
		}
		String old = describe(round.row().targetLevel(), this.rows.overrides(roundId));
		this.rows.setTargets(roundId, checked.level(), checked.overrides());
		String now = describe(checked.level(), checked.overrides());
		if (!old.equals(now)) {
			this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.targets-changed", round.subject(),
					old, now);
		}
		return this.access.view(this.rows.find(roundId).orElseThrow());
	}

	/** The round's audit trail, newest first: every change of answers, consensus, targets, status, publication, participants. Org admin. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(long roundId) {
		RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
		String subject = round.subject();
		return this.audit.forOrganisation(round.organisationCode(), 100_000)
			.stream()
			.filter((e) -> e.subject().equals(subject) || e.subject().startsWith(subject + "/")
					|| subject.equals(e.newValue()) || subject.equals(e.oldValue())
					|| (e.newValue() != null && e.newValue().startsWith(subject + " ")))
			.limit(HISTORY_LIMIT)
			.toList();
	}

	private Round reload(long roundId) {
		return this.access.view(this.rows.find(roundId).orElseThrow()).round();
	}

	private static String describe(@Nullable Integer level, List<TargetOverride> overrides) {
		return (level == null ? "max" : level.toString()) + overrides.stream()
			.map((o) -> " " + o.scope() + ":" + o.key() + "=" + o.level())
			.collect(Collectors.joining());
	}

}
