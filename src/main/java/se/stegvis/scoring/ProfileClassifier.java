package se.stegvis.scoring;

import java.util.List;
import java.util.Optional;

/** Classifies an assessment by the model's profiles: the first whose conditions all hold wins. */
public final class ProfileClassifier {

    private ProfileClassifier() {
    }

    /**
     * The first profile, in the given order, that matches the scores.
     *
     * @param profiles the model's profiles, in model order
     * @return empty when no profile matches
     */
    public static Optional<ProfileRule> classify(List<ProfileRule> profiles, ScopeScores scores) {
        return profiles.stream().filter(profile -> profile.matches(scores)).findFirst();
    }
}
