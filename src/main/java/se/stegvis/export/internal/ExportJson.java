package se.stegvis.export.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.ParticipantComment;
import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.assessment.Round;
import se.stegvis.export.RoundExport;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.IndicatorDistribution;
import se.stegvis.summary.SummaryBody;

/**
 * {@code GET /api/v1/assessments/{id}/export.json}: the whole round — the round, its answers, its summary exactly as
 * {@code GET …/summary} serves it (the same {@link SummaryBody}) and
 * the action items with their follow-up logs.
 */
record ExportJson(RoundBody round, List<AnswerBody> answers, SummaryBody summary, List<ItemBody> actionItems,
		Instant exportedAt) {

	record RoundBody(long id, String organisationCode, String organisationName, @Nullable Long unitId,
			@Nullable String unitName, String title, @Nullable String period, String mode, String status, String modelKey,
			String modelVersion, boolean published, Instant createdAt, @Nullable Instant completedAt) {
	}

	record AnswerBody(String indicatorKey, String area, String dimension, String answer, @Nullable BigDecimal level,
			@Nullable BigDecimal score, int target, @Nullable BigDecimal gap, @Nullable String comment,
			@Nullable String evidenceUrl, @Nullable DistributionBody distribution) {
	}

	record DistributionBody(Map<Integer, Integer> levelCounts, int dontKnow, int notApplicable,
			@Nullable BigDecimal dispersion, boolean needsDiscussion, @Nullable String consensus,
			@Nullable String consensusNote, List<CommentBody> comments) {
	}

	/** What a participant wrote beside their answer: by respondent group, never by name. */
	record CommentBody(@Nullable String respondentGroup, String answer, @Nullable BigDecimal level,
			@Nullable String comment, @Nullable String evidenceUrl) {
	}

	record FollowUpBody(LocalDate date, String text, @Nullable String byName) {
	}

	record ItemBody(long id, String title, @Nullable String description, @Nullable String activityKey,
			List<String> indicatorKeys, @Nullable Integer targetLevel, @Nullable String successCriterion,
			@Nullable String owner, @Nullable LocalDate startDate, @Nullable LocalDate dueDate, String priority,
			String status, long originAssessmentId, List<FollowUpBody> followUps) {
	}

	static ExportJson of(RoundExport export, Locale locale) {
		Round r = export.round();
		RoundBody round = new RoundBody(r.id(), r.organisationCode(), export.organisationName(), r.unitId(), r.unitName(),
				r.title(), r.period(), r.mode().name(), r.status().name(), r.modelKey(), r.modelVersion(), r.published(),
				r.createdAt(), r.completedAt());
		List<AnswerBody> answers = export.indicators()
			.stream()
			.map((l) -> new AnswerBody(l.indicator().key(), l.indicator().area(), l.indicator().dimension(),
					l.value().kind().name(), DisplayRounding.oneDecimalOrNull(l.value().level()),
					DisplayRounding.oneDecimalOrNull(l.score()), l.target(), DisplayRounding.oneDecimalOrNull(l.gap()),
					l.comment(), l.evidenceUrl(), distribution(l.distribution(), l.consensusNote(), l.participantComments())))
			.toList();
		List<ItemBody> items = export.items().stream().map((i) -> item(i, export.followUps().getOrDefault(i.id(), List.of()))).toList();
		return new ExportJson(round, answers, SummaryBody.of(export.summary(), locale), items, export.exportedAt());
	}

	private static @Nullable DistributionBody distribution(@Nullable IndicatorDistribution d, @Nullable String note,
			List<ParticipantComment> comments) {
		if (d == null) {
			return null;
		}
		Distribution all = d.all();
		return new DistributionBody(all.levelCounts(), all.dontKnow(), all.notApplicable(),
				DisplayRounding.oneDecimalOrNull(all.dispersion()), all.needsDiscussion(),
				d.consensus() == null ? null : d.consensus().toString(), note,
				comments.stream().map((c) -> new CommentBody(c.respondentGroup(), c.value().kind().name(),
						DisplayRounding.oneDecimalOrNull(c.value().level()), c.comment(), c.evidenceUrl())).toList());
	}

	private static ItemBody item(ActionItem i, List<FollowUp> log) {
		return new ItemBody(i.id(), i.title(), i.description(), i.activityKey(), i.indicatorKeys(), i.targetLevel(),
				i.successCriterion(), i.ownerName(), i.startDate(), i.dueDate(), i.priority().name(), i.status().name(),
				i.originAssessmentId(), log.stream().map((f) -> new FollowUpBody(f.date(), f.text(), f.byName())).toList());
	}

}
