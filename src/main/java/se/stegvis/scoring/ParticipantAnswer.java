package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One participant's answer to one indicator in individual mode.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when the level is not a whole number or
 * the group key is blank.
 *
 * @param value a whole level, DONT_KNOW, NOT_APPLICABLE or UNANSWERED (which counts as no answer)
 * @param respondentGroup the participant's respondent group key, or null for none
 */
public record ParticipantAnswer(IndicatorValue value, @Nullable String respondentGroup) {

    public ParticipantAnswer {
        Objects.requireNonNull(value, "value");
        BigDecimal level = value.level();
        if (level != null && level.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a participant's level must be whole, was " + level);
        }
        if (respondentGroup != null && respondentGroup.isBlank()) {
            throw new IllegalArgumentException("respondentGroup must not be blank");
        }
    }

    /** An answer of a participant outside any respondent group. */
    public static ParticipantAnswer of(IndicatorValue value) {
        return new ParticipantAnswer(value, null);
    }

    /** An answer of a participant in the given respondent group. */
    public static ParticipantAnswer inGroup(IndicatorValue value, String respondentGroup) {
        return new ParticipantAnswer(value, Objects.requireNonNull(respondentGroup, "respondentGroup"));
    }
}
