package se.stegvis.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.stegvis.account.AuditLog;
import se.stegvis.account.Role;
import se.stegvis.assessment.internal.AnswerChecks;
import se.stegvis.assessment.internal.AnswerRows;
import se.stegvis.assessment.internal.OrganisationValues;
import se.stegvis.assessment.internal.RoundAccess;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorDistribution;

/**
 * The facilitator's side of an INDIVIDUAL round (org admin): the distribution per indicator and the
 * consensus. Unknown round or non-member → 404; other roles → 403; a GROUP round →
 * {@link WrongModeException} (409).
 */
@Service
public class RoundFacilitation {

	private final RoundAccess access;

	private final AnswerRows answers;

	private final AnswerChecks checks;

	private final OrganisationValues values;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final MessageSource messages;

	RoundFacilitation(RoundAccess access, AnswerRows answers, AnswerChecks checks, OrganisationValues values,
			AuditLog audit, TransactionTemplate tx, MessageSource messages) {
		this.access = access;
		this.answers = answers;
		this.checks = checks;
		this.values = values;
		this.audit = audit;
		this.tx = tx;
		this.messages = messages;
	}

	/**
	 * Every indicator of the round in model order with the distribution of the participants' answers
	 * (counts per level and respondent group, dispersion, flag, group gap), the consensus, and what the participants
	 * wrote beside their answers, by respondent group. Org admin.
	 */
	public List<IndicatorSpread> distribution(long roundId) {
		TransactionTemplate readOnly = new TransactionTemplate(this.tx.getTransactionManager());
		readOnly.setReadOnly(true);
		return readOnly.execute((status) -> {
			RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
			requireIndividual(round);
			OrganisationValues.ParticipantFigures figures = this.values.participantFigures(round.view());
			Map<String, IndicatorDistribution> distributions = figures.distributions();
			Map<String, List<ParticipantComment>> comments = figures.comments();
			Map<String, Consensus> consensus = new HashMap<>();
			this.answers.consensus(roundId).forEach((c) -> consensus.put(c.indicatorKey(), c));
			List<IndicatorSpread> spreads = new ArrayList<>();
			for (Indicator indicator : round.view().indicators()) {
				spreads.add(new IndicatorSpread(indicator.key(), indicator.area(), indicator.dimension(),
						distributions.get(indicator.key()), consensus.get(indicator.key()),
						comments.getOrDefault(indicator.key(), List.of())));
			}
			return spreads;
		});
	}

	/**
	 * Sets the consensus of one indicator with an optional note (field {@code note}). Org admin.
	 * @param expectedVersion the consensus version last seen (0: none yet); null saves over whatever is stored
	 * @return the consensus with its new version
	 * @throws WrongModeException in a GROUP round (409)
	 * @throws RoundCompletedException in a completed round (409)
	 * @throws InvalidRoundInputException as {@link RoundAnswers#save}, plus {@code note}
	 * @throws StaleVersionException someone else set it first; {@code current()} is the stored
	 *     {@link Consensus}, or null-valued {@link Answer#unanswered} when it was removed
	 */
	public Consensus setConsensus(long roundId, String indicatorKey, AnswerInput input, @Nullable Long expectedVersion) {
		Optional<Consensus> saved = this.tx.execute((status) -> {
			RoundAccess.Loaded round = this.access.withRole(roundId, Role.ORG_ADMIN);
			requireIndividual(round);
			if (round.view().round().isCompleted()) {
				throw new RoundCompletedException(roundId, this.access.text("assessment.completed"));
			}
			AnswerChecks.Checked checked = this.checks.check(round.view(), indicatorKey, input);
			Consensus current = this.answers.findConsensus(roundId, indicatorKey).orElse(null);
			Optional<Long> version = this.answers.writeConsensus(roundId, indicatorKey, checked.value(), checked.note(),
					expectedVersion, Instant.now(), round.user().id(), round.user().displayName());
			if (version.isEmpty()) {
				status.setRollbackOnly();
				return Optional.<Consensus>empty();
			}
			this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.consensus-changed",
					round.subject() + "/indicator:" + indicatorKey,
					current == null ? null : AnswerTexts.describe(current.value()), AnswerTexts.describe(checked.value()));
			if (current == null ? checked.note() != null : !java.util.Objects.equals(current.note(), checked.note())) {
				this.audit.record(round.organisationCode(), round.user().asActor(), "assessment.consensus-note-changed",
						round.subject() + "/indicator:" + indicatorKey, current == null ? null : AnswerTexts.shorten(current.note()),
						AnswerTexts.shorten(checked.note()));
			}
			return this.answers.findConsensus(roundId, indicatorKey);
		});
		if (saved == null || saved.isEmpty()) {
			TransactionTemplate readOnly = new TransactionTemplate(this.tx.getTransactionManager());
			Optional<Consensus> current = readOnly.execute((status) -> this.answers.findConsensus(roundId, indicatorKey));
			if (current == null || current.isEmpty()) {
				throw new StaleVersionException(Answer.unanswered(indicatorKey), 0);
			}
			throw new StaleVersionException(current.get(), current.get().version());
		}
		return saved.get();
	}

	private void requireIndividual(RoundAccess.Loaded round) {
		if (round.view().round().mode() != RoundMode.INDIVIDUAL) {
			throw new WrongModeException(this.messages.getMessage("assessment.consensus.groupMode", null,
					LocaleContextHolder.getLocale()));
		}
	}

}
