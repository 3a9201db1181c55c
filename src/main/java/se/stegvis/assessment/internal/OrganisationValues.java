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
	 * INDIVIDUAL mode: indicator key → what the participants wrote beside their answers (a comment or a link), by
	 * respondent group (those without a group last), never by name. Indicators nobody commented on are absent.
	 */
	public Map<String, List<ParticipantComment>> comments(RoundView round) {
		long id = round.round().id();
		Map<Long, String> groups = respondentGroups(id);
		Map<String, List<ParticipantComment>> comments = new HashMap<>();
		for (AnswerRows.Stored stored : this.answers.all(id)) {
			Answer answer = stored.answer();
			if (stored.respondentId() == AnswerRows.GROUP || (answer.comment() == null && answer.evidenceUrl() == null)) {
				continue;
			}
			comments.computeIfAbsent(answer.indicatorKey(), (k) -> new ArrayList<>())
				.add(new ParticipantComment(groups.get(stored.respondentId()), answer.value(), answer.comment(),
						answer.evidenceUrl()));
		}
		Comparator<ParticipantComment> byGroup = Comparator.comparing(ParticipantComment::respondentGroup,
				Comparator.nullsLast(Comparator.naturalOrder()));
		comments.values().forEach((list) -> list.sort(byGroup));
		return comments;
	}

	private Map<Long, String> respondentGroups(long roundId) {
		Map<Long, String> groups = new HashMap<>();
		for (ParticipantRows.Row participant : this.participants.of(roundId)) {
			if (participant.respondentGroup() != null) {
				groups.put(participant.userId(), participant.respondentGroup());
			}
		}
		return groups;
	}

	/** INDIVIDUAL mode: indicator key → distribution, for every indicator of the round in model order. */
	public Map<String, IndicatorDistribution> distributions(RoundView round) {
		long id = round.round().id();
		Map<Long, String> groups = respondentGroups(id);
		Map<String, List<ParticipantAnswer>> byIndicator = new HashMap<>();
		for (AnswerRows.Stored stored : this.answers.all(id)) {
			if (stored.respondentId() == AnswerRows.GROUP) {
				continue;
			}
			String group = groups.get(stored.respondentId());
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
