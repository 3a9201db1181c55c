package se.stegvis.export.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.assessment.Round;
import se.stegvis.export.RoundExport;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.IndicatorDistribution;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.Summary;

/**
 * {@code GET /api/v1/assessments/{id}/export.json}: the whole round — the round, its answers, its summary in the
 * shape of {@code GET …/summary} (same field names, same rounding: one decimal half-up, coverage unrounded) and
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
			@Nullable String consensusNote) {
	}

	record ScoreBody(@Nullable String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total) {

		static ScoreBody of(@Nullable String key, ScopeScore s) {
			return new ScoreBody(key, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(), s.total());
		}

	}

	record AreaBody(String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total,
			List<ScoreBody> dimensions) {
	}

	record EntryBody(@Nullable String key, int n, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			@Nullable BigDecimal p25, @Nullable BigDecimal p75, @Nullable String reason) {

		static EntryBody of(@Nullable String key, ComparisonEntry e) {
			return new EntryBody(key, e.n(), DisplayRounding.oneDecimalOrNull(e.mean()),
					DisplayRounding.oneDecimalOrNull(e.median()), DisplayRounding.oneDecimalOrNull(e.p25()),
					DisplayRounding.oneDecimalOrNull(e.p75()), e.reason() == null ? null : e.reason().name());
		}

	}

	/** An area's figures with its area × dimension cells, as in the summary API. */
	record ComparisonAreaBody(String key, int n, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			@Nullable BigDecimal p25, @Nullable BigDecimal p75, @Nullable String reason, List<EntryBody> dimensions) {
	}

	/** The same shape as a comparison of the summary API ({@code networkId} for scope NETWORK, else null). */
	record ComparisonBody(String scope, @Nullable Long networkId, @Nullable String groupCode, String label, int n,
			EntryBody overall, List<EntryBody> dimensions, List<ComparisonAreaBody> areas, Instant computedAt) {
	}

	record KeyedDeltaBody(String key, @Nullable BigDecimal delta) {
	}

	record TrendBody(long previousId, @Nullable BigDecimal overall, List<KeyedDeltaBody> dimensions) {
	}

	record SummaryBody(boolean preliminary, ScoreBody overall, List<ScoreBody> dimensions, List<AreaBody> areas,
			List<ComparisonBody> comparisons, @Nullable TrendBody trend) {
	}

	record FollowUpBody(LocalDate date, String text, @Nullable String byName) {
	}

	record ItemBody(long id, String title, @Nullable String description, @Nullable String activityKey,
			List<String> indicatorKeys, @Nullable Integer targetLevel, @Nullable String successCriterion,
			@Nullable String owner, @Nullable LocalDate startDate, @Nullable LocalDate dueDate, String priority,
			String status, long originAssessmentId, List<FollowUpBody> followUps) {
	}

	static ExportJson of(RoundExport export) {
		Round r = export.round();
		RoundBody round = new RoundBody(r.id(), r.organisationCode(), export.organisationName(), r.unitId(), r.unitName(),
				r.title(), r.period(), r.mode().name(), r.status().name(), r.modelKey(), r.modelVersion(), r.published(),
				r.createdAt(), r.completedAt());
		List<AnswerBody> answers = export.indicators()
			.stream()
			.map((l) -> new AnswerBody(l.indicator().key(), l.indicator().area(), l.indicator().dimension(),
					l.value().kind().name(), DisplayRounding.oneDecimalOrNull(l.value().level()),
					DisplayRounding.oneDecimalOrNull(l.score()), l.target(), DisplayRounding.oneDecimalOrNull(l.gap()),
					l.comment(), l.evidenceUrl(), distribution(l.distribution(), l.consensusNote())))
			.toList();
		List<ItemBody> items = export.items().stream().map((i) -> item(i, export.followUps().getOrDefault(i.id(), List.of()))).toList();
		return new ExportJson(round, answers, summary(export.summary()), items, export.exportedAt());
	}

	private static @Nullable DistributionBody distribution(@Nullable IndicatorDistribution d, @Nullable String note) {
		if (d == null) {
			return null;
		}
		Distribution all = d.all();
		return new DistributionBody(all.levelCounts(), all.dontKnow(), all.notApplicable(),
				DisplayRounding.oneDecimalOrNull(all.dispersion()), all.needsDiscussion(),
				d.consensus() == null ? null : d.consensus().toString(), note);
	}

	private static ItemBody item(ActionItem i, List<FollowUp> log) {
		return new ItemBody(i.id(), i.title(), i.description(), i.activityKey(), i.indicatorKeys(), i.targetLevel(),
				i.successCriterion(), i.ownerName(), i.startDate(), i.dueDate(), i.priority().name(), i.status().name(),
				i.originAssessmentId(), log.stream().map((f) -> new FollowUpBody(f.date(), f.text(), f.byName())).toList());
	}

	private static SummaryBody summary(Summary summary) {
		ScopeScores scores = summary.scores();
		List<ScoreBody> dimensions = new ArrayList<>();
		scores.dimensions().forEach((k, s) -> dimensions.add(ScoreBody.of(k, s)));
		List<AreaBody> areas = new ArrayList<>();
		scores.areas().forEach((k, s) -> {
			List<ScoreBody> cells = new ArrayList<>();
			scores.cellsOf(k).forEach((d, c) -> cells.add(ScoreBody.of(d, c)));
			areas.add(new AreaBody(k, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(), s.total(), cells));
		});
		List<ComparisonBody> comparisons = summary.comparisons().stream().map((c) -> comparison(c, scores)).toList();
		TrendBody trend = null;
		if (summary.trend() != null) {
			Map<ScopeKey, @Nullable BigDecimal> deltas = summary.trend().deltas();
			trend = new TrendBody(summary.trend().previousId(), DisplayRounding.oneDecimalOrNull(deltas.get(ScopeKey.OVERALL)),
					scores.dimensions().keySet().stream()
						.map((k) -> new KeyedDeltaBody(k, DisplayRounding.oneDecimalOrNull(deltas.get(ScopeKey.dimension(k)))))
						.toList());
		}
		return new SummaryBody(summary.preliminary(), ScoreBody.of(null, scores.overall()), dimensions, areas, comparisons,
				trend);
	}

	private static ComparisonBody comparison(Comparison c, ScopeScores own) {
		List<ComparisonAreaBody> areas = own.areas().keySet().stream().map((area) -> {
			EntryBody a = EntryBody.of(area, c.entry(ScopeKey.area(area)));
			List<EntryBody> cells = own.cellsOf(area).keySet().stream()
				.map((d) -> EntryBody.of(d, c.entry(ScopeKey.cell(area, d))))
				.toList();
			return new ComparisonAreaBody(area, a.n(), a.mean(), a.median(), a.p25(), a.p75(), a.reason(), cells);
		}).toList();
		Long networkId = c.scope() == ComparisonScope.NETWORK && c.groupCode() != null ? Long.valueOf(c.groupCode()) : null;
		return new ComparisonBody(c.scope().name(), networkId, c.groupCode(), c.label(), c.n(),
				EntryBody.of(null, c.entry(ScopeKey.OVERALL)),
				own.dimensions().keySet().stream().map((k) -> EntryBody.of(k, c.entry(ScopeKey.dimension(k)))).toList(),
				areas, c.computedAt());
	}

}
