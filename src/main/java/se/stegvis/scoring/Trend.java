package se.stegvis.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Trend deltas between an assessment's stored scope scores and its previous round's. */
public final class Trend {

    private Trend() {
    }

    /**
     * {@code current − previous}, unrounded, negative when the score fell.
     *
     * @return null when either side is null
     */
    public static @Nullable BigDecimal delta(@Nullable BigDecimal current, @Nullable BigDecimal previous) {
        return current == null || previous == null ? null : current.subtract(previous);
    }

    /**
     * The delta of every key of {@code current}, in its order: keys are stable across model versions,
     * and a key missing from {@code previous} gets a null delta; keys only in {@code previous} are left
     * out.
     */
    public static <K> Map<K, @Nullable BigDecimal> deltas(
            Map<K, ? extends @Nullable BigDecimal> current, Map<K, ? extends @Nullable BigDecimal> previous) {
        Map<K, @Nullable BigDecimal> deltas = new LinkedHashMap<>();
        current.forEach((key, score) -> deltas.put(key, delta(score, previous.get(key))));
        return Collections.unmodifiableMap(deltas);
    }

    /** The score delta of every scope of {@code current}, as {@link #deltas(Map, Map)}. */
    public static Map<ScopeKey, @Nullable BigDecimal> deltas(ScopeScores current, ScopeScores previous) {
        return deltas(scores(current), scores(previous));
    }

    private static Map<ScopeKey, @Nullable BigDecimal> scores(ScopeScores scores) {
        Map<ScopeKey, @Nullable BigDecimal> byScope = new LinkedHashMap<>();
        scores.byScope().forEach((scope, score) -> byScope.put(scope, score.score()));
        return byScope;
    }
}
