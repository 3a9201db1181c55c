package se.stegvis.assessment.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.AnswerChoice;
import se.stegvis.assessment.AnswerInput;
import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.assessment.InvalidRoundInputException.Problem;
import se.stegvis.assessment.RoundView;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.scoring.IndicatorValue;

/** Checks an answer or consensus against the round (issue 6 point 9), naming every refused field. */
@Component
public class AnswerChecks {

	/** An answer that passed the checks: blank texts are null. */
	public record Checked(Indicator indicator, IndicatorValue value, @Nullable String comment,
			@Nullable String evidenceUrl, @Nullable String note) {
	}

	/**
	 * @throws InvalidRoundInputException naming {@code indicatorKey} (unknown, or outside the round's areas),
	 *     {@code answer}, {@code level}, {@code comment}, {@code evidenceUrl} or {@code note}
	 */
	public Checked check(RoundView round, String indicatorKey, AnswerInput input) {
		return check(round.model(), round.round().areas(), indicatorKey, input);
	}

	/** As {@link #check(RoundView, String, AnswerInput)}, with only the model and the round's areas at hand. */
	public Checked check(AssessmentModel model, Collection<String> areas, String indicatorKey, AnswerInput input) {
		List<Problem> problems = new ArrayList<>();
		Indicator indicator = model.indicator(indicatorKey).orElse(null);
		if (indicator == null) {
			problems.add(Problem.of("indicatorKey", "assessment.input.indicator.unknown", indicatorKey));
		}
		else if (!areas.contains(indicator.area())) {
			problems.add(Problem.of("indicatorKey", "assessment.input.indicator.outside", indicatorKey));
		}
		int maxLevel = model.maxLevel();
		IndicatorValue value = null;
		if (input.answer() == null) {
			problems.add(Problem.of("answer", "assessment.input.answer.required"));
		}
		else if (input.answer() == AnswerChoice.LEVEL) {
			Integer level = input.level();
			if (level == null) {
				problems.add(Problem.of("level", "assessment.input.level.required", maxLevel));
			}
			else if (level < 0 || level > maxLevel) {
				problems.add(Problem.of("level", "assessment.input.level.outside", level, maxLevel));
			}
			else {
				value = IndicatorValue.level(level);
			}
		}
		else {
			value = input.answer().toValue(0);
		}
		String comment = blankToNull(input.comment());
		if (comment != null && comment.length() > AnswerInput.MAX_COMMENT) {
			problems.add(Problem.of("comment", "assessment.input.comment.tooLong", AnswerInput.MAX_COMMENT));
		}
		String note = blankToNull(input.note());
		if (note != null && note.length() > AnswerInput.MAX_COMMENT) {
			problems.add(Problem.of("note", "assessment.input.note.tooLong", AnswerInput.MAX_COMMENT));
		}
		String evidence = blankToNull(input.evidenceUrl());
		if (evidence != null && !isWebAddress(evidence)) {
			problems.add(Problem.of("evidenceUrl", "assessment.input.evidenceUrl.invalid"));
		}
		if (!problems.isEmpty() || indicator == null || value == null) {
			throw new InvalidRoundInputException(problems);
		}
		return new Checked(indicator, value, comment, evidence, note);
	}

	static boolean isWebAddress(String text) {
		if (text.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
