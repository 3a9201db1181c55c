package se.stegvis.assessment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.stegvis.account.AuditLog;
import se.stegvis.account.CurrentUser;
import se.stegvis.account.Role;
import se.stegvis.assessment.internal.AnswerChecks;
import se.stegvis.assessment.internal.AnswerRows;
import se.stegvis.assessment.internal.OrganisationValues;
import se.stegvis.assessment.internal.ParticipantRows;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.assessment.internal.RoundRows;
import se.stegvis.model.Area;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.ScopeScoring;

/**
 * Answering a round: the answers a user sees, saving one answer with its expected version, confirming a
 * carried-over answer, and the preliminary scores. Who sees and saves what:
 * <ul>
 * <li>GROUP mode: the group's shared answer; every member reads it, org admins and participants save it.</li>
 * <li>INDIVIDUAL mode: each round participant's own answers; only round participants save (others with
 * the right role get 403), and everyone else reads an empty sheet.</li>
 * </ul>
 * Every method: unknown round or non-member → {@link se.stegvis.web.NotFoundException} (404).
 */
@Service
public class RoundAnswers {

	private final RoundAccess access;

	private final AnswerRows answers;

	private final RoundRows rounds;

	private final ParticipantRows participants;

	private final AnswerChecks checks;

	private final OrganisationValues values;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	RoundAnswers(RoundAccess access, AnswerRows answers, RoundRows rounds, ParticipantRows participants,
			AnswerChecks checks, OrganisationValues values, AuditLog audit, TransactionTemplate tx) {
		this.access = access;
		this.answers = answers;
		this.rounds = rounds;
		this.participants = participants;
		this.checks = checks;
		this.values = values;
		this.audit = audit;
		this.tx = tx;
	}

	/** The answers the caller sees and edits, with versions, carried-over marks and progress per area. Any member. */
	public AnswerSheet sheet(long roundId) {
		return readOnly(() -> {
			RoundAccess.Loaded round = this.access.member(roundId);
			return sheet(round);
		});
	}

	/**
	 * Saves the caller's answer (INDIVIDUAL) or the group's (GROUP). The first answer moves a DRAFT round to
	 * IN_PROGRESS. Saving clears the carried-over mark. Recorded in the audit trail.
	 * @param expectedVersion the version the caller last saw (0: no answer yet); null saves over whatever is
	 *     stored (for scripts without {@code If-Match})
	 * @return the saved answer with its new version: pass that version with the next save, so that one
	 *     person's successive saves never conflict
	 * @throws InvalidRoundInputException point 9 (fields {@code indicatorKey}, {@code answer}, {@code level},
	 *     {@code comment}, {@code evidenceUrl}); nothing saved
	 * @throws StaleVersionException someone else saved first; {@link StaleVersionException#current()} is the
	 *     stored {@link Answer}; nothing saved
	 * @throws RoundCompletedException the round is COMPLETED (409)
	 * @throws AccessDeniedException a viewer, or in INDIVIDUAL mode someone who is not a round participant (403)
	 */
	public Answer save(long roundId, String indicatorKey, AnswerInput input, @Nullable Long expectedVersion) {
		return write(roundId, indicatorKey, (round, respondent, current) -> {
			AnswerChecks.Checked checked = this.checks.check(round.model(), round.row().areas(), indicatorKey, input);
			return new Change(checked.value(), checked.comment(), checked.evidenceUrl());
		}, expectedVersion);
	}

	/**
	 * Confirms a carried-over answer as it stands (clears the mark). An answer that is not carried over is
	 * returned unchanged.
	 * @throws InvalidRoundInputException naming {@code indicatorKey} when there is no answer to confirm
	 * @throws StaleVersionException, RoundCompletedException, AccessDeniedException as {@link #save}
	 */
	public Answer confirm(long roundId, String indicatorKey, @Nullable Long expectedVersion) {
		return write(roundId, indicatorKey, (round, respondent, current) -> {
			if (current == null) {
				throw InvalidRoundInputException.of("indicatorKey", "assessment.input.confirm.nothing", indicatorKey);
			}
			if (!current.carriedOver()) {
				return null;
			}
			return new Change(current.value(), current.comment(), current.evidenceUrl());
		}, expectedVersion);
	}

	/**
	 * The preliminary (or, once completed, final) scores of the round from the organisation's current values
	 * ({@link RoundResults}): overall, dimensions, areas and area × dimension cells. Any member.
	 */
	public ScopeScores preliminaryScores(long roundId) {
		return readOnly(() -> {
			RoundView view = this.access.member(roundId).view();
			return ScopeScoring.scoreAll(view.model().scoringScale(), placements(view), this.values.of(view));
		});
	}

	/** The scores of the caller's own answers (INDIVIDUAL) or the group's (GROUP), for the answer page. Any member. */
	public ScopeScores sheetScores(long roundId) {
		return scoresOf(sheet(roundId));
	}

	/** The scores of the answers on a sheet the caller already holds (the answer page, without reading it twice). */
	public ScopeScores scoresOf(AnswerSheet sheet) {
		Map<String, IndicatorValue> own = new LinkedHashMap<>();
		sheet.answers().forEach((key, answer) -> own.put(key, answer.value()));
		return ScopeScoring.scoreAll(sheet.round().model().scoringScale(), placements(sheet.round()), own);
	}

	private AnswerSheet sheet(RoundAccess.Loaded round) {
		CurrentUser user = round.user();
		RoundView view = round.view();
		boolean individual = view.round().mode() == RoundMode.INDIVIDUAL;
		boolean participant = this.participants.find(round.id(), user.id()).isPresent();
		Map<String, Answer> stored = new HashMap<>();
		if (!individual || participant) {
			for (Answer answer : this.answers.answersOf(round.id(), individual ? user.id() : AnswerRows.GROUP)) {
				stored.put(answer.indicatorKey(), answer);
			}
		}
		Map<String, Answer> all = new LinkedHashMap<>();
		for (Indicator indicator : view.indicators()) {
			all.put(indicator.key(), stored.getOrDefault(indicator.key(), Answer.unanswered(indicator.key())));
		}
		List<AreaProgress> areas = new ArrayList<>();
		for (Area area : view.model().areas()) {
			if (!view.round().areas().contains(area.key())) {
				continue;
			}
			List<Answer> inArea = view.indicators().stream().filter((i) -> i.area().equals(area.key()))
				.map((i) -> all.get(i.key())).toList();
			areas.add(new AreaProgress(area.key(), (int) inArea.stream().filter(Answer::isAnswered).count(), inArea.size(),
					(int) inArea.stream().filter(Answer::carriedOver).count()));
		}
		boolean editable = !view.round().isCompleted() && user.hasRole(round.organisationCode(), Role.ORG_ADMIN, Role.PARTICIPANT)
				&& (!individual || participant);
		return new AnswerSheet(view, all, areas, editable);
	}

	private interface ChangeRule {

		/** The change to write, or null to write nothing and return the current answer. */
		@Nullable Change apply(RoundAccess.Loaded round, long respondent, @Nullable Answer current);

	}

	private record Change(IndicatorValue value, @Nullable String comment, @Nullable String evidenceUrl) {
	}

	private Answer write(long roundId, String indicatorKey, ChangeRule rule, @Nullable Long expectedVersion) {
		long[] respondentOut = new long[1];
		Optional<Answer> saved = this.tx.execute((status) -> {
			RoundAccess.Loaded round = this.access.open(roundId, Role.ORG_ADMIN, Role.PARTICIPANT);
			long respondent = respondent(round);
			respondentOut[0] = respondent;
			Answer current = this.answers.find(roundId, indicatorKey, respondent).orElse(null);
			Change change = rule.apply(round, respondent, current);
			if (change == null) {
				return Optional.of(current == null ? Answer.unanswered(indicatorKey) : current);
			}
			// The database keeps microseconds: the answer returned must equal the one stored.
			Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
			long expected = expectedVersion != null ? expectedVersion : current == null ? 0 : current.version();
			Optional<Long> version = this.answers.write(roundId, indicatorKey, respondent, change.value(), change.comment(),
					change.evidenceUrl(), false, expected, now, round.user().id(), round.user().displayName());
			if (version.isEmpty()) {
				status.setRollbackOnly();
				return Optional.<Answer>empty();
			}
			if (round.row().status() == RoundStatus.DRAFT) {
				this.rounds.markStarted(roundId, now);
			}
			String subject = round.subject() + "/indicator:" + indicatorKey;
			String old = current == null ? null : AnswerTexts.describe(current.value());
			String newText = AnswerTexts.describe(change.value());
			if (current == null || !current.value().equals(change.value()) || current.carriedOver()) {
				this.audit.record(round.organisationCode(), round.user().asActor(),
						current != null && current.carriedOver() && current.value().equals(change.value())
								? "assessment.answer-confirmed" : "assessment.answer-changed",
						subject, old, newText);
			}
			if (current == null ? change.comment() != null : !java.util.Objects.equals(current.comment(), change.comment())) {
				this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.comment-changed", subject,
						current == null ? null : AnswerTexts.shorten(current.comment()), AnswerTexts.shorten(change.comment()));
			}
			if (current == null ? change.evidenceUrl() != null
					: !java.util.Objects.equals(current.evidenceUrl(), change.evidenceUrl())) {
				this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.evidence-changed", subject,
						current == null ? null : AnswerTexts.shorten(current.evidenceUrl()),
						AnswerTexts.shorten(change.evidenceUrl()));
			}
			return Optional.of(new Answer(indicatorKey, change.value(), change.comment(), change.evidenceUrl(), false,
					version.get(), now, round.user().displayName()));
		});
		if (saved == null || saved.isEmpty()) {
			Answer current = readOnly(() -> this.answers.find(roundId, indicatorKey, respondentOut[0])
				.orElse(Answer.unanswered(indicatorKey)));
			throw new StaleVersionException(current, current.version());
		}
		return saved.get();
	}

	private long respondent(RoundAccess.Loaded round) {
		if (round.row().mode() == RoundMode.GROUP) {
			return AnswerRows.GROUP;
		}
		if (this.participants.find(round.id(), round.user().id()).isEmpty()) {
			throw new AccessDeniedException(this.access.text("assessment.notParticipant"));
		}
		return round.user().id();
	}

	private static List<se.stegvis.scoring.IndicatorPlacement> placements(RoundView view) {
		return view.indicators().stream().map(view.model()::placement).toList();
	}

	private <T> T readOnly(java.util.function.Supplier<T> work) {
		TransactionTemplate readOnly = new TransactionTemplate(this.tx.getTransactionManager());
		readOnly.setReadOnly(true);
		T result = readOnly.execute((status) -> work.get());
		if (result == null) {
			throw new IllegalStateException("no result");
		}
		return result;
	}

}
