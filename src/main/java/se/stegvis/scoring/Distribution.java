package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * How one set of participants (all of them, or one respondent group) answered one indicator.
 *
 * @param value the mean of the levels given (unrounded); when nobody gave a level, DONT_KNOW if anyone
 *     said "Vet ej", else NOT_APPLICABLE if anyone said "Ej relevant", else UNANSWERED
 * @param dispersion the population standard deviation of the levels given; null when no level was
 *     given, 0 for a single level
 * @param needsDiscussion "behöver diskuteras": at least two levels were given and they span two or
 *     more steps (max − min ≥ 2)
 * @param levelCounts level → number of participants who gave it, for every level 0..maxLevel
 *     (ascending, zeros included)
 * @param dontKnow the number who said "Vet ej"
 * @param notApplicable the number who said "Ej relevant"
 */
public record Distribution(
        IndicatorValue value,
        @Nullable BigDecimal dispersion,
        boolean needsDiscussion,
        SortedMap<Integer, Integer> levelCounts,
        int dontKnow,
        int notApplicable) {

    public Distribution {
        Objects.requireNonNull(value, "value");
        levelCounts = Collections.unmodifiableSortedMap(new TreeMap<>(levelCounts));
    }

    /** The mean of the levels given, unrounded; null when nobody gave a level. */
    public @Nullable BigDecimal mean() {
        return value.level();
    }

    /** The number of levels given. */
    public int levels() {
        return levelCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The number who answered at all: levels, "Vet ej" and "Ej relevant". */
    public int respondents() {
        return levels() + dontKnow + notApplicable;
    }
}
