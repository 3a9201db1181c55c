package se.stegvis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static se.stegvis.scoring.IndicatorValue.DONT_KNOW;
import static se.stegvis.scoring.IndicatorValue.NOT_APPLICABLE;
import static se.stegvis.scoring.IndicatorValue.UNANSWERED;
import static se.stegvis.scoring.IndicatorValue.level;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndividualAggregationTest {

    private final Scale scale = new Scale(4);

    private IndicatorDistribution aggregate(IndicatorValue... answers) {
        return IndividualAggregation.aggregate(scale, Arrays.stream(answers).map(ParticipantAnswer::of).toList(), null);
    }

    private static ParticipantAnswer in(String group, IndicatorValue value) {
        return ParticipantAnswer.inGroup(value, group);
    }

    @Test
    void organisationValueIsUnroundedMeanOfLevels() {
        // (1 + 1 + 2) / 3 = 4/3
        IndicatorDistribution result = aggregate(level(1), level(1), level(2), DONT_KNOW);

        assertThat(result.organisationValue().level()).isEqualByComparingTo("1.333333333333333333333333333333333");
        assertThat(result.fromConsensus()).isFalse();
    }

    @Test
    void consensusTakesPrecedenceOverTheMean() {
        List<ParticipantAnswer> answers = List.of(ParticipantAnswer.of(level(0)), ParticipantAnswer.of(level(4)));

        IndicatorDistribution result = IndividualAggregation.aggregate(scale, answers, level(3));

        assertThat(result.organisationValue()).isEqualTo(level(3));
        assertThat(result.fromConsensus()).isTrue();
        assertThat(result.all().mean()).isEqualByComparingTo("2");
    }

    @Test
    void consensusOfDontKnowOrNotApplicableCountsAsThatAnswer() {
        List<ParticipantAnswer> answers = List.of(ParticipantAnswer.of(level(2)), ParticipantAnswer.of(level(3)));

        assertThat(IndividualAggregation.aggregate(scale, answers, DONT_KNOW).organisationValue()).isEqualTo(DONT_KNOW);
        assertThat(IndividualAggregation.aggregate(scale, answers, NOT_APPLICABLE).organisationValue())
                .isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void unansweredConsensusIsNoConsensus() {
        IndicatorDistribution result = IndividualAggregation.aggregate(scale,
                List.of(ParticipantAnswer.of(level(2))), UNANSWERED);

        assertThat(result.organisationValue()).isEqualTo(level(2));
        assertThat(result.consensus()).isNull();
    }

    @Test
    void withoutLevelsDontKnowWinsOverNotApplicable() {
        assertThat(aggregate(NOT_APPLICABLE, DONT_KNOW, NOT_APPLICABLE).organisationValue()).isEqualTo(DONT_KNOW);
        assertThat(aggregate(NOT_APPLICABLE, NOT_APPLICABLE).organisationValue()).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void withoutAnyAnswerTheValueIsUnanswered() {
        assertThat(aggregate().organisationValue()).isEqualTo(UNANSWERED);
        assertThat(aggregate(UNANSWERED, UNANSWERED).organisationValue()).isEqualTo(UNANSWERED);
        assertThat(aggregate(UNANSWERED).all().respondents()).isZero();
    }

    @Test
    void dispersionIsPopulationStandardDeviation() {
        // [0, 2, 4]: mean 2, variance (4 + 0 + 4) / 3 = 8/3, sqrt(8/3) = 1.6329931618554520654648560498039…
        Distribution all = aggregate(level(0), level(2), level(4)).all();

        assertThat(all.dispersion()).isCloseTo(new BigDecimal("1.632993161855452065464856049803928"),
                within(new BigDecimal("1E-32")));
        assertThat(aggregate(level(3)).all().dispersion()).isEqualByComparingTo("0");
        assertThat(aggregate(DONT_KNOW).all().dispersion()).isNull();
    }

    @Test
    void levelsSpanningExactlyTwoStepsNeedDiscussion() {
        assertThat(aggregate(level(1), level(3)).all().needsDiscussion()).isTrue();
        assertThat(aggregate(level(0), level(2), level(4)).all().needsDiscussion()).isTrue();
    }

    @Test
    void levelsSpanningOneStepDoNotNeedDiscussion() {
        assertThat(aggregate(level(1), level(2), level(2)).all().needsDiscussion()).isFalse();
    }

    @Test
    void singleLevelDoesNotNeedDiscussion() {
        assertThat(aggregate(level(0), DONT_KNOW, NOT_APPLICABLE).all().needsDiscussion()).isFalse();
    }

    @Test
    void answersAreCountedPerLevelAndKind() {
        Distribution all = aggregate(level(0), level(2), level(2), DONT_KNOW, NOT_APPLICABLE, UNANSWERED).all();

        assertThat(all.levelCounts()).containsExactly(entry(0, 1), entry(1, 0),
                entry(2, 2), entry(3, 0), entry(4, 0));
        assertThat(all.dontKnow()).isEqualTo(1);
        assertThat(all.notApplicable()).isEqualTo(1);
        assertThat(all.levels()).isEqualTo(3);
        assertThat(all.respondents()).isEqualTo(5);
    }

    @Test
    void respondentGroupsGetTheirOwnFiguresAndTheGapBetweenTheirMeans() {
        // LEDNING [3, 4] → 3.5; MEDARBETARE [1, 2, 2] → 5/3; gap = 3.5 − 1.666…7 = 1.833…3
        List<ParticipantAnswer> answers = List.of(in("LEDNING", level(3)), in("LEDNING", level(4)),
                in("MEDARBETARE", level(1)), in("MEDARBETARE", level(2)), in("MEDARBETARE", level(2)),
                ParticipantAnswer.of(level(0)));

        IndicatorDistribution result = IndividualAggregation.aggregate(scale, answers, null);

        assertThat(result.byGroup()).containsOnlyKeys("LEDNING", "MEDARBETARE");
        assertThat(result.byGroup().get("LEDNING").mean()).isEqualByComparingTo("3.5");
        assertThat(result.byGroup().get("MEDARBETARE").mean()).isEqualByComparingTo("1.666666666666666666666666666666667");
        assertThat(result.byGroup().get("MEDARBETARE").levelCounts().get(2)).isEqualTo(2);
        assertThat(result.groupGap()).isEqualByComparingTo("1.833333333333333333333333333333333");
        assertThat(result.all().respondents()).isEqualTo(6);
    }

    @Test
    void groupGapNeedsTwoGroupsWithLevels() {
        List<ParticipantAnswer> answers = List.of(in("LEDNING", level(3)), in("MEDARBETARE", DONT_KNOW));

        IndicatorDistribution result = IndividualAggregation.aggregate(scale, answers, null);

        assertThat(result.byGroup().get("MEDARBETARE").value()).isEqualTo(DONT_KNOW);
        assertThat(result.groupGap()).isNull();
    }

    @Test
    void anonymousRoundShowsAGroupDistributionFromThreeRespondents() {
        assertThat(Anonymity.mayShowGroupDistribution(true, 2)).isFalse();
        assertThat(Anonymity.mayShowGroupDistribution(true, 3)).isTrue();
        assertThat(Anonymity.mayShowGroupDistribution(false, 1)).isTrue();
    }

    @Test
    void participantLevelsMustBeWholeAndOnTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> aggregate(level(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> ParticipantAnswer.of(level(new BigDecimal("1.5"))));
        assertThatIllegalArgumentException().isThrownBy(() -> IndividualAggregation.aggregate(scale, List.of(), level(7)));
    }
}
