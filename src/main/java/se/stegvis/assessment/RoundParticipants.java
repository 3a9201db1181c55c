package se.stegvis.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.account.AccountSummary;
import se.stegvis.account.AuditLog;
import se.stegvis.account.OrganisationMember;
import se.stegvis.account.Role;
import se.stegvis.account.UserAccounts;
import se.stegvis.assessment.internal.AnswerRows;
import se.stegvis.assessment.internal.ParticipantRows;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.web.SwedishOrder;

/**
 * A round's participants and their respondent groups, for the org admin. Every method: unknown round or
 * non-member → 404; a member who is not org admin → 403. Adding or removing works in any status but
 * COMPLETED (409).
 */
@Service
@Transactional
public class RoundParticipants {

	/** The respondent groups every organisation is offered. */
	public static final List<String> STANDARD_GROUPS = List.of("Ledning", "Medarbetare");

	/** The longest respondent group name. */
	public static final int MAX_GROUP = 100;

	private final RoundAccess access;

	private final ParticipantRows rows;

	private final AnswerRows answers;

	private final UserAccounts accounts;

	private final AuditLog audit;

	RoundParticipants(RoundAccess access, ParticipantRows rows, AnswerRows answers, UserAccounts accounts, AuditLog audit) {
		this.access = access;
		this.rows = rows;
		this.answers = answers;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The participants (Swedish order), response rate per respondent group, and group suggestions. Org admin. */
	@Transactional(readOnly = true)
	public ParticipantOverview overview(long roundId) {
		RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
		Map<Long, Integer> counts = round.view().round().mode() == RoundMode.INDIVIDUAL
				? this.answers.countsByRespondent(roundId) : Map.of();
		int total = round.view().indicators().size();
		Comparator<String> swedish = SwedishOrder.comparator();
		List<Participant> participants = this.rows.of(roundId)
			.stream()
			.map((p) -> new Participant(p.userId(), p.username(), p.displayName(), p.respondentGroup(),
					counts.getOrDefault(p.userId(), 0), p.addedAt()))
			.sorted(Comparator.comparing(Participant::displayName, swedish))
			.toList();
		Map<String, int[]> byGroup = new LinkedHashMap<>();
		List<String> groupNames = participants.stream().map(Participant::respondentGroup).filter(Objects::nonNull)
			.distinct().sorted(swedish).toList();
		groupNames.forEach((g) -> byGroup.put(g, new int[3]));
		int[] none = new int[3];
		for (Participant p : participants) {
			int[] figures = p.respondentGroup() == null ? none : byGroup.get(p.respondentGroup());
			figures[0]++;
			if (p.answered() > 0) {
				figures[1]++;
			}
			if (p.answered() >= total) {
				figures[2]++;
			}
		}
		List<GroupResponseRate> rates = new ArrayList<>();
		byGroup.forEach((g, f) -> rates.add(new GroupResponseRate(g, f[0], f[1], f[2])));
		if (none[0] > 0) {
			rates.add(new GroupResponseRate(null, none[0], none[1], none[2]));
		}
		TreeSet<String> suggested = new TreeSet<>(swedish);
		suggested.addAll(STANDARD_GROUPS);
		suggested.addAll(this.rows.groupsOf(round.organisationCode()));
		return new ParticipantOverview(participants, rates, new ArrayList<>(suggested));
	}

	/**
	 * The members of the round's organisation who are not participants yet, by name in Swedish order: whom
	 * the org admin may add. Org admin.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationMember> candidates(long roundId) {
		RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
		java.util.Set<Long> taken = new java.util.HashSet<>();
		this.rows.of(roundId).forEach((p) -> taken.add(p.userId()));
		return this.accounts.membersOf(round.organisationCode())
			.stream()
			.filter((m) -> !taken.contains(m.userId()))
			.toList();
	}

	/**
	 * Adds a member of the round's organisation, or changes the respondent group of one already added.
	 * Org admin.
	 * @param respondentGroup blank or null for none
	 * @throws InvalidRoundInputException naming {@code username} (no member of this organisation) or
	 *     {@code respondentGroup} (over {@value #MAX_GROUP} characters)
	 */
	public Participant add(long roundId, @Nullable String username, @Nullable String respondentGroup) {
		RoundAccess.Loaded round = this.access.open(roundId, Role.ORG_ADMIN);
		String group = respondentGroup == null || respondentGroup.isBlank() ? null : respondentGroup.strip();
		if (group != null && group.length() > MAX_GROUP) {
			throw InvalidRoundInputException.of("respondentGroup", "assessment.input.group.tooLong", MAX_GROUP);
		}
		AccountSummary account = member(round, username);
		ParticipantRows.Row existing = this.rows.find(roundId, account.id()).orElse(null);
		if (existing == null) {
			this.rows.insert(roundId, account.id(), account.username(), account.displayName(), group, Instant.now());
			this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.participant-added",
					AuditLog.userSubject(account.id()), null, round.subject() + (group == null ? "" : " " + group));
		}
		else if (!Objects.equals(existing.respondentGroup(), group)) {
			this.rows.setGroup(roundId, account.id(), group);
			// The new value names the round (as for participant-added), so that the round's history finds it.
			this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.participant-group-changed",
					AuditLog.userSubject(account.id()), existing.respondentGroup(),
					round.subject() + (group == null ? "" : " " + group));
		}
		ParticipantRows.Row row = this.rows.find(roundId, account.id()).orElseThrow();
		int answered = this.answers.countsByRespondent(roundId).getOrDefault(account.id(), 0);
		return new Participant(row.userId(), row.username(), row.displayName(), row.respondentGroup(), answered, row.addedAt());
	}

	/**
	 * Removes a participant; their own answers (INDIVIDUAL mode) are deleted with them. Org admin.
	 * @throws se.stegvis.web.NotFoundException when the user is not a participant
	 */
	public void remove(long roundId, String username) {
		RoundAccess.Loaded round = this.access.open(roundId, Role.ORG_ADMIN);
		ParticipantRows.Row row = this.rows.of(roundId).stream()
			.filter((p) -> p.username().equalsIgnoreCase(username.strip()))
			.findFirst()
			.orElseThrow(() -> new se.stegvis.web.NotFoundException(this.access.text("assessment.participant.notFound", username)));
		this.rows.delete(roundId, row.userId());
		this.answers.deleteAnswersOf(roundId, row.userId());
		this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.participant-removed",
				AuditLog.userSubject(row.userId()), round.subject(), null);
	}

	private AccountSummary member(RoundAccess.Loaded round, @Nullable String username) {
		if (username == null || username.isBlank()) {
			throw InvalidRoundInputException.of("username", "assessment.input.username.required");
		}
		return this.accounts.find(username.strip())
			.filter((a) -> a.memberships().stream().anyMatch((m) -> m.organisationCode().equals(round.organisationCode())))
			.orElseThrow(() -> InvalidRoundInputException.of("username", "assessment.input.username.notMember", username.strip()));
	}

}
