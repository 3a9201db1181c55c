package se.stegvis.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.Indicator;
import se.stegvis.model.LineageKind;
import se.stegvis.model.LineageLink;
import se.stegvis.scoring.IndicatorValue;

/**
 * Carries answers over from the previous completed round (issue 6 point 2), marked until confirmed. Within
 * one major version indicator keys carry as they are; across majors through the new model's lineage:
 * RENAMED carries 1:1, SPLIT copies to each new indicator, MERGED prefills only where the sources agree.
 */
@Component
public class Prefill {

	private final RoundRows rounds;

	private final RoundAccess access;

	private final AnswerRows answers;

	private final OrganisationValues values;

	Prefill(RoundRows rounds, RoundAccess access, AnswerRows answers, OrganisationValues values) {
		this.rounds = rounds;
		this.access = access;
		this.answers = answers;
		this.values = values;
	}

	/** One carried-over answer: the value and, from a GROUP round, its comment and evidence link. */
	record Source(IndicatorValue value, @Nullable String comment, @Nullable String evidenceUrl) {
	}

	/**
	 * Prefills the group answers of a new round (GROUP mode) from the previous completed round.
	 * @return the number of answers carried over; 0 without a previous round
	 */
	public int prefill(RoundView round, Instant now) {
		if (round.round().mode() != RoundMode.GROUP) {
			return 0;
		}
		Optional<RoundRows.Row> previous = this.rounds.previousCompleted(round.round().organisationCode(),
				round.round().unitId(), round.round().modelKey(), round.round().id());
		if (previous.isEmpty()) {
			return 0;
		}
		RoundView before = this.access.view(previous.get());
		Map<String, Source> sources = sources(before);
		boolean sameMajor = before.model().version().major() == round.model().version().major();
		int carried = 0;
		for (Indicator indicator : round.indicators()) {
			Source source = sameMajor ? sources.get(indicator.key()) : throughLineage(round, indicator.key(), sources);
			if (source != null) {
				this.answers.write(round.round().id(), indicator.key(), AnswerRows.GROUP, source.value(), source.comment(),
						source.evidenceUrl(), true, 0L, now, null, null);
				carried++;
			}
		}
		return carried;
	}

	/** What the previous round said per indicator, where it is a whole level, Vet ej or Ej relevant. */
	private Map<String, Source> sources(RoundView before) {
		Map<String, Source> sources = new HashMap<>();
		if (before.round().mode() == RoundMode.GROUP) {
			for (Answer answer : this.answers.answersOf(before.round().id(), AnswerRows.GROUP)) {
				sources.put(answer.indicatorKey(), new Source(answer.value(), answer.comment(), answer.evidenceUrl()));
			}
			return sources;
		}
		this.values.of(before).forEach((key, value) -> {
			if (value.kind() == IndicatorValue.Kind.DONT_KNOW || value.kind() == IndicatorValue.Kind.NOT_APPLICABLE
					|| (value.level() != null && isWhole(value.level()))) {
				sources.put(key, new Source(value.level() == null ? value : IndicatorValue.level(value.level().intValueExact()),
						null, null));
			}
		});
		return sources;
	}

	private static @Nullable Source throughLineage(RoundView round, String key, Map<String, Source> sources) {
		List<LineageLink> links = round.model().lineage().stream().filter((l) -> key.equals(l.to())).toList();
		if (links.isEmpty()) {
			boolean movedAway = round.model().lineage().stream().anyMatch((l) -> l.from().equals(key));
			return movedAway ? null : sources.get(key);
		}
		if (links.stream().anyMatch((l) -> l.kind() == LineageKind.MERGED) || links.size() > 1) {
			Source first = sources.get(links.get(0).from());
			if (first == null) {
				return null;
			}
			for (LineageLink link : links) {
				Source other = sources.get(link.from());
				if (other == null || !other.value().equals(first.value())) {
					return null;
				}
			}
			return new Source(first.value(), null, null);
		}
		return sources.get(links.get(0).from());
	}

	private static boolean isWhole(BigDecimal level) {
		return level.stripTrailingZeros().scale() <= 0;
	}

}
