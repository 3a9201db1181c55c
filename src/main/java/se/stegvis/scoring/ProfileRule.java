package se.stegvis.scoring;

import java.util.List;

/**
 * A profile of the model as the classifier sees it.
 *
 * @param key the profile key
 * @param conditions all must hold; a profile with no conditions always matches (a catch-all)
 */
public record ProfileRule(String key, List<ProfileCondition> conditions) {

    public ProfileRule {
        Decimals.nonBlank(key, "key");
        conditions = List.copyOf(conditions);
    }

    /** Whether every condition holds for the scores. */
    public boolean matches(ScopeScores scores) {
        return conditions.stream().allMatch(condition -> condition.holdsFor(scores));
    }
}
