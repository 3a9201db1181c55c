package se.stegvis.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.AnswerChoice;
import se.stegvis.assessment.Consensus;
import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.ParticipantComment;
import se.stegvis.assessment.RoundMode;
import se.stegvis.assessment.TargetSetting;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;

/** Request and response bodies of the rounds API (DESIGN.md §5), decimals rounded to one place. */
final class ApiBodies {

	private ApiBodies() {
	}

	record StartRequest(@Nullable String organisationCode, @Nullable Long unitId, @Nullable String modelKey,
			@Nullable String modelVersion, @Nullable String title, @Nullable String period, @Nullable RoundMode mode,
			@Nullable List<String> areas, @Nullable TargetSetting targets, @Nullable Boolean prefill,
			@Nullable Boolean published) {
	}

	record AnswerRequest(@Nullable AnswerChoice answer, @Nullable Integer level, @Nullable String comment,
			@Nullable String evidenceUrl, @Nullable String note) {
	}

	record ParticipantRequest(@Nullable String username, @Nullable String respondentGroup) {
	}

	record ReopenRequest(@Nullable String reason) {
	}

	record PublicationRequest(@Nullable Boolean published) {
	}

	record UnitRequest(@Nullable String name, @Nullable Long parentId) {
	}

	/** An answer: {@code answer} is null while unanswered. */
	record AnswerBody(String indicatorKey, @Nullable String answer, @Nullable BigDecimal level, @Nullable String comment,
			@Nullable String evidenceUrl, boolean carriedOver, long version, @Nullable Instant updatedAt,
			@Nullable String updatedBy) {

		static AnswerBody of(Answer a) {
			return new AnswerBody(a.indicatorKey(), kind(a.value()), a.value().level(), a.comment(), a.evidenceUrl(),
					a.carriedOver(), a.version(), a.updatedAt(), a.updatedBy());
		}

	}

	record ConsensusBody(String indicatorKey, @Nullable String answer, @Nullable BigDecimal level, @Nullable String note,
			long version, Instant updatedAt, String updatedBy) {

		static ConsensusBody of(Consensus c) {
			return new ConsensusBody(c.indicatorKey(), kind(c.value()), c.value().level(), c.note(), c.version(),
					c.updatedAt(), c.updatedBy());
		}

	}

	record ValueBody(@Nullable String answer, @Nullable BigDecimal level) {

		static ValueBody of(IndicatorValue value) {
			return new ValueBody(kind(value), DisplayRounding.oneDecimalOrNull(value.level()));
		}

	}

	record DistributionBody(@Nullable String group, @Nullable BigDecimal mean, @Nullable BigDecimal dispersion,
			boolean needsDiscussion, Map<Integer, Integer> counts, int dontKnow, int notApplicable, int respondents) {

		static DistributionBody of(@Nullable String group, Distribution d) {
			return new DistributionBody(group, DisplayRounding.oneDecimalOrNull(d.mean()),
					DisplayRounding.oneDecimalOrNull(d.dispersion()), d.needsDiscussion(), d.levelCounts(), d.dontKnow(),
					d.notApplicable(), d.respondents());
		}

	}

	record SpreadBody(String indicatorKey, String areaKey, String dimensionKey, ValueBody value,
			@Nullable BigDecimal mean, @Nullable BigDecimal dispersion, boolean needsDiscussion, Map<Integer, Integer> counts,
			int dontKnow, int notApplicable, int respondents, List<DistributionBody> groups, @Nullable BigDecimal groupGap,
			@Nullable ConsensusBody consensus, List<CommentBody> comments) {

		static SpreadBody of(IndicatorSpread s) {
			Distribution all = s.distribution().all();
			List<DistributionBody> groups = new ArrayList<>();
			s.distribution().byGroup().forEach((g, d) -> groups.add(DistributionBody.of(g, d)));
			return new SpreadBody(s.indicatorKey(), s.areaKey(), s.dimensionKey(),
					ValueBody.of(s.distribution().organisationValue()), DisplayRounding.oneDecimalOrNull(all.mean()),
					DisplayRounding.oneDecimalOrNull(all.dispersion()), all.needsDiscussion(), all.levelCounts(),
					all.dontKnow(), all.notApplicable(), all.respondents(), groups,
					DisplayRounding.oneDecimalOrNull(s.distribution().groupGap()),
					s.consensus() == null ? null : ConsensusBody.of(s.consensus()),
					s.comments().stream().map(CommentBody::of).toList());
		}

	}

	/** What a participant wrote beside their answer: by respondent group, never by name. */
	record CommentBody(@Nullable String respondentGroup, ValueBody answer, @Nullable String comment,
			@Nullable String evidenceUrl) {

		static CommentBody of(ParticipantComment c) {
			return new CommentBody(c.respondentGroup(), ValueBody.of(c.value()), c.comment(), c.evidenceUrl());
		}

	}

	record ScoreBody(@Nullable String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total) {

		static ScoreBody of(@Nullable String key, ScopeScore s) {
			return new ScoreBody(key, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(), s.total());
		}

	}

	record AreaScoreBody(String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total,
			List<ScoreBody> dimensions) {
	}

	record ScoresBody(boolean preliminary, ScoreBody overall, List<ScoreBody> dimensions, List<AreaScoreBody> areas) {

		static ScoresBody of(boolean preliminary, ScopeScores scores) {
			List<ScoreBody> dimensions = new ArrayList<>();
			scores.dimensions().forEach((k, s) -> dimensions.add(ScoreBody.of(k, s)));
			List<AreaScoreBody> areas = new ArrayList<>();
			scores.areas().forEach((k, s) -> {
				List<ScoreBody> cells = new ArrayList<>();
				scores.cellsOf(k).forEach((d, c) -> cells.add(ScoreBody.of(d, c)));
				areas.add(new AreaScoreBody(k, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(),
						s.total(), cells));
			});
			return new ScoresBody(preliminary, ScoreBody.of(null, scores.overall()), dimensions, areas);
		}

	}

	record TargetsBody(int level, List<se.stegvis.scoring.TargetOverride> overrides) {

		static TargetsBody of(se.stegvis.scoring.Targets targets) {
			return new TargetsBody(targets.roundLevel(), targets.overrides());
		}

	}

	static @Nullable String kind(IndicatorValue value) {
		return value.kind() == IndicatorValue.Kind.UNANSWERED ? null : value.kind().name();
	}

}
