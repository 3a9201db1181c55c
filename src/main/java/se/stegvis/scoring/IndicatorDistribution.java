package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One indicator in individual mode: the organisation's value and how the participants answered.
 *
 * @param organisationValue the consensus where one is set, otherwise {@code all.value()}
 * @param consensus the consensus answer, or null when none is set
 * @param all the distribution over every participant's answer
 * @param byGroup respondent group key → the distribution of that group's answers, in the order the
 *     groups first appear among the answers; participants without a group are in no group
 * @param groupGap max − min of the group means over the groups that gave a level; null with fewer than
 *     two such groups
 */
public record IndicatorDistribution(
        IndicatorValue organisationValue,
        @Nullable IndicatorValue consensus,
        Distribution all,
        Map<String, Distribution> byGroup,
        @Nullable BigDecimal groupGap) {

    public IndicatorDistribution {
        Objects.requireNonNull(organisationValue, "organisationValue");
        Objects.requireNonNull(all, "all");
        byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
    }

    /** Whether the organisation's value is the consensus rather than the participants' mean. */
    public boolean fromConsensus() {
        return consensus != null;
    }
}
