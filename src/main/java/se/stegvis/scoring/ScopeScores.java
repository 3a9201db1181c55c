package se.stegvis.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of every scope of one assessment, in a stable order: overall, dimension groups,
 * dimensions, areas, cells (each kind in the order its first indicator appears in the model).
 * Built by {@link ScopeScoring#scoreAll}, or from stored scores.
 *
 * <p>A scope with no indicator (a dimension whose indicators are all outside the round's areas, say)
 * is absent, not present with a null score.
 *
 * <p>The constructor throws {@link IllegalArgumentException} when there is no OVERALL score.
 *
 * @param byScope every scope's score; copied, order kept
 */
public record ScopeScores(Map<ScopeKey, ScopeScore> byScope) {

    public ScopeScores {
        byScope = Collections.unmodifiableMap(new LinkedHashMap<>(byScope));
        byScope.forEach((scope, score) -> Objects.requireNonNull(score, () -> "score of " + scope));
        if (!byScope.containsKey(ScopeKey.OVERALL)) {
            throw new IllegalArgumentException("scope scores need an OVERALL score");
        }
    }

    /** The score over all indicators; never null. */
    public ScopeScore overall() {
        return byScope.get(ScopeKey.OVERALL);
    }

    /** The score of the scope; empty when the scope has no indicator. */
    public Optional<ScopeScore> find(ScopeKey scope) {
        return Optional.ofNullable(byScope.get(scope));
    }

    /** Dimension group key → score, in order. */
    public Map<String, ScopeScore> dimensionGroups() {
        return ofType(ScopeType.DIMENSION_GROUP);
    }

    /** Dimension key → score, in order. */
    public Map<String, ScopeScore> dimensions() {
        return ofType(ScopeType.DIMENSION);
    }

    /** Area key → score, in order. */
    public Map<String, ScopeScore> areas() {
        return ofType(ScopeType.AREA);
    }

    /** Dimension key → score of the cells of one area, in order; empty for an unknown area. */
    public Map<String, ScopeScore> cellsOf(String areaKey) {
        Map<String, ScopeScore> cells = new LinkedHashMap<>();
        byScope.forEach((scope, score) -> {
            if (scope.type() == ScopeType.CELL && areaKey.equals(scope.key())) {
                cells.put(Objects.requireNonNull(scope.dimensionKey()), score);
            }
        });
        return Collections.unmodifiableMap(cells);
    }

    private Map<String, ScopeScore> ofType(ScopeType type) {
        Map<String, ScopeScore> scores = new LinkedHashMap<>();
        byScope.forEach((scope, score) -> {
            if (scope.type() == type) {
                scores.put(Objects.requireNonNull(scope.key()), score);
            }
        });
        return Collections.unmodifiableMap(scores);
    }
}
