package se.stegvis.scoring;

/** Whether figures of a respondent group may be shown without identifying its respondents. */
public final class Anonymity {

    /** The fewest respondents a group needs before its distribution is shown in an anonymous round. */
    public static final int MIN_GROUP_RESPONDENTS = 3;

    private Anonymity() {
    }

    /**
     * Whether a respondent group's own distribution may be shown.
     *
     * @param anonymousRound whether the round is anonymous; if not, it may always be shown
     * @param respondentsInGroup the group's respondents; pass those who answered the indicator
     *     ({@link Distribution#respondents()}), which is never more than the group's members
     * @return true when the round is not anonymous or the group has at least
     *     {@value #MIN_GROUP_RESPONDENTS} respondents
     */
    public static boolean mayShowGroupDistribution(boolean anonymousRound, int respondentsInGroup) {
        return !anonymousRound || respondentsInGroup >= MIN_GROUP_RESPONDENTS;
    }
}
