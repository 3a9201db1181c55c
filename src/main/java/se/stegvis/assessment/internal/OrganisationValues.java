package se.stegvis.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.Consensus;
import se.stegvis.assessment.ParticipantComment;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorDistribution;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.IndividualAggregation;
import se.stegvis.scoring.ParticipantAnswer;

/**
 * The organisation's value of every indicator of a round: the group answer in GROUP mode; in INDIVIDUAL
 * mode {@code IndividualAggregation} over the participants' answers and the consensus.
 */
@Component
public class OrganisationValues {

	private final AnswerRows answers;

	private final ParticipantRows participants;

	OrganisationValues(AnswerRows answers, ParticipantRows participants) {
		this.answers = answers;
		this.participants = participants;
	}

	/** Indicator key → value, for every indicator of the round in model order. */
	public Map<String, IndicatorValue> of(RoundView round) {
		Map<String, IndicatorValue> values = new LinkedHashMap<>();
		if (round.round().mode() == RoundMode.GROUP) {
			Map<String, IndicatorValue> given = new HashMap<>();
			for (Answer answer : this.answers.answersOf(round.round().id(), AnswerRows.GROUP)) {
				given.put(answer.indicatorKey(), answer.value());
			}
			for (Indicator indicator : round.indicators()) {
				values.put(indicator.key(), given.getOrDefault(indicator.key(), IndicatorValue.UNANSWERED));
			}
			return values;
		}
		distributions(round).forEach((key, distribution) -> values.put(key, distribution.organisationValue()));
		return values;
	}

	/**
	 * INDIVIDUAL mode, for the facilitator: the distributions ({@link #distributions}) and what the participants
	 * wrote beside their answers, both from one reading of the answers.
	 * @param comments indicator key → comments and links by respondent group (those without a group last), never
	 *     by name; indicators nobody commented on are absent
	 */
	public record ParticipantFigures(Map<String, IndicatorDistribution> distributions,
			Map<String, List<ParticipantComment>> comments) {
	}

	public ParticipantFigures participantFigures(RoundView round) {
		Participants read = read(round.round().id());
		return new ParticipantFigures(distributions(round, read), comments(read));
	}

	private static Map<String, List<ParticipantComment>> comments(Participants read) {
		Map<String, List<ParticipantComment>> comments = new HashMap<>();
		for (AnswerRows.Stored stored : read.answers()) {
			Answer answer = stored.answer();
			if (stored.respondentId() == AnswerRows.GROUP || (answer.comment() == null && answer.evidenceUrl() == null)) {
				continue;
			}
			comments.computeIfAbsent(answer.indicatorKey(), (k) -> new ArrayList<>())
				.add(new ParticipantComment(read.groups().get(stored.respondentId()), answer.value(), answer.comment(),
						answer.evidenceUrl()));
		}
		Comparator<ParticipantComment> byGroup = Comparator.comparing(ParticipantComment::respondentGroup,
				Comparator.nullsLast(Comparator.naturalOrder()));
		comments.values().forEach((list) -> list.sort(byGroup));
		return comments;
	}

	/** Every stored answer of a round and each participant's respondent group (user id → group). */
	private record Participants(Map<Long, String> groups, List<AnswerRows.Stored> answers) {
	}

	private Participants read(long roundId) {
		Map<Long, String> groups = new HashMap<>();
		for (ParticipantRows.Row participant : this.participants.of(roundId)) {
			if (participant.respondentGroup() != null) {
				groups.put(participant.userId(), participant.respondentGroup());
			}
		}
		return new Participants(groups, this.answers.all(roundId));
	}

	/** INDIVIDUAL mode: indicator key → distribution, for every indicator of the round in model order. */
	public Map<String, IndicatorDistribution> distributions(RoundView round) {
		return distributions(round, read(round.round().id()));
	}

	private Map<String, IndicatorDistribution> distributions(RoundView round, Participants read) {
		long id = round.round().id();
		Map<String, List<ParticipantAnswer>> byIndicator = new HashMap<>();
		for (AnswerRows.Stored stored : read.answers()) {
			if (stored.respondentId() == AnswerRows.GROUP) {
				continue;
			}
			String group = read.groups().get(stored.respondentId());
			ParticipantAnswer answer = group == null ? ParticipantAnswer.of(stored.answer().value())
					: ParticipantAnswer.inGroup(stored.answer().value(), group);
			byIndicator.computeIfAbsent(stored.answer().indicatorKey(), (k) -> new ArrayList<>()).add(answer);
		}
		Map<String, IndicatorValue> consensus = new HashMap<>();
		for (Consensus c : this.answers.consensus(id)) {
			consensus.put(c.indicatorKey(), c.value());
		}
		Map<String, IndicatorDistribution> result = new LinkedHashMap<>();
		for (Indicator indicator : round.indicators()) {
			result.put(indicator.key(), IndividualAggregation.aggregate(round.model().scoringScale(),
					byIndicator.getOrDefault(indicator.key(), List.of()), consensus.get(indicator.key())));
		}
		return result;
	}

}
