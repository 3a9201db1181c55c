package se.stegvis.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.model.Profile;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;

/**
 * {@code GET /api/v1/assessments/{id}/summary} as DESIGN.md §5 "Summary", and the summary inside a round's JSON export
 * (one shape for both). Scores, means, medians, quartiles and
 * deltas are rounded half-up to one decimal; coverage is the unrounded fraction 0..1 (as in {@code …/scores}).
 * Networks the organisation consents in follow the anonymous groups with scope NETWORK, {@code networkId} and the
 * network's name as label; they count consenting members only and have no k.
 * Beside the contract's fields: {@code dimensionGroups}, {@code profile}, each comparison's {@code groupCode},
 * {@code overall} and {@code computedAt}, and each comparison area's cells.
 */
public record SummaryBody(long assessmentId, boolean preliminary, ScoreBody overall, List<ScoreBody> dimensionGroups,
		List<ScoreBody> dimensions, List<AreaBody> areas, List<ComparisonBody> comparisons, @Nullable TrendBody trend,
		@Nullable ProfileBody profile) {

	public record ScoreBody(@Nullable String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total) {

		public static ScoreBody of(@Nullable String key, ScopeScore s) {
			return new ScoreBody(key, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(), s.total());
		}

	}

	public record AreaBody(String key, @Nullable BigDecimal score, BigDecimal coverage, int scored, int total,
			List<ScoreBody> dimensions) {
	}

	public record EntryBody(@Nullable String key, int n, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			@Nullable BigDecimal p25, @Nullable BigDecimal p75, @Nullable String reason) {

		static EntryBody of(@Nullable String key, ComparisonEntry e) {
			return new EntryBody(key, e.n(), DisplayRounding.oneDecimalOrNull(e.mean()),
					DisplayRounding.oneDecimalOrNull(e.median()), DisplayRounding.oneDecimalOrNull(e.p25()),
					DisplayRounding.oneDecimalOrNull(e.p75()), e.reason() == null ? null : e.reason().name());
		}

	}

	public record ComparisonAreaBody(String key, int n, @Nullable BigDecimal mean, @Nullable BigDecimal median,
			@Nullable BigDecimal p25, @Nullable BigDecimal p75, @Nullable String reason, List<EntryBody> dimensions) {
	}

	/** @param networkId the network's id for scope NETWORK (its label is the network's name), else null */
	public record ComparisonBody(String scope, @Nullable Long networkId, @Nullable String groupCode, String label, int n,
			EntryBody overall,
			List<EntryBody> dimensions, List<ComparisonAreaBody> areas, Instant computedAt) {
	}

	public record DeltaBody(@Nullable BigDecimal delta) {
	}

	public record KeyedDeltaBody(String key, @Nullable BigDecimal delta) {
	}

	public record HistoryBody(long assessmentId, Instant completedAt, ScoreBody overall, List<ScoreBody> dimensions) {
	}

	public record TrendBody(long previousId, DeltaBody overall, List<KeyedDeltaBody> dimensions, List<KeyedDeltaBody> areas,
			List<HistoryBody> history) {
	}

	public record ProfileBody(String key, String title, @Nullable String description, @Nullable String recommendations) {
	}

	public static SummaryBody of(Summary summary, Locale locale) {
		ScopeScores scores = summary.scores();
		List<ScoreBody> groups = new ArrayList<>();
		scores.dimensionGroups().forEach((k, s) -> groups.add(ScoreBody.of(k, s)));
		List<ComparisonBody> comparisons = summary.comparisons().stream().map((c) -> comparison(c, scores)).toList();
		return new SummaryBody(summary.round().round().id(), summary.preliminary(), ScoreBody.of(null, scores.overall()),
				groups, dimensions(scores), areas(scores), comparisons, trend(summary.trend(), scores),
				profile(summary.profile(), locale));
	}

	private static List<ScoreBody> dimensions(ScopeScores scores) {
		List<ScoreBody> dimensions = new ArrayList<>();
		scores.dimensions().forEach((k, s) -> dimensions.add(ScoreBody.of(k, s)));
		return dimensions;
	}

	private static List<AreaBody> areas(ScopeScores scores) {
		List<AreaBody> areas = new ArrayList<>();
		scores.areas().forEach((k, s) -> {
			List<ScoreBody> cells = new ArrayList<>();
			scores.cellsOf(k).forEach((d, c) -> cells.add(ScoreBody.of(d, c)));
			areas.add(new AreaBody(k, DisplayRounding.oneDecimalOrNull(s.score()), s.coverage(), s.scored(), s.total(),
					cells));
		});
		return areas;
	}

	private static ComparisonBody comparison(Comparison c, ScopeScores own) {
		List<EntryBody> dimensions = own.dimensions()
			.keySet()
			.stream()
			.map((k) -> EntryBody.of(k, c.entry(ScopeKey.dimension(k))))
			.toList();
		List<ComparisonAreaBody> areas = own.areas().keySet().stream().map((area) -> {
			ComparisonEntry e = c.entry(ScopeKey.area(area));
			EntryBody a = EntryBody.of(area, e);
			List<EntryBody> cells = own.cellsOf(area)
				.keySet()
				.stream()
				.map((d) -> EntryBody.of(d, c.entry(ScopeKey.cell(area, d))))
				.toList();
			return new ComparisonAreaBody(area, a.n(), a.mean(), a.median(), a.p25(), a.p75(), a.reason(), cells);
		}).toList();
		Long networkId = c.scope() == ComparisonScope.NETWORK && c.groupCode() != null
				? Long.valueOf(c.groupCode()) : null;
		return new ComparisonBody(c.scope().name(), networkId, c.groupCode(), c.label(), c.n(),
				EntryBody.of(null, c.entry(ScopeKey.OVERALL)), dimensions, areas, c.computedAt());
	}

	private static @Nullable TrendBody trend(Summary.@Nullable SummaryTrend trend, ScopeScores scores) {
		if (trend == null) {
			return null;
		}
		Map<ScopeKey, @Nullable BigDecimal> deltas = trend.deltas();
		List<KeyedDeltaBody> dimensions = scores.dimensions()
			.keySet()
			.stream()
			.map((k) -> new KeyedDeltaBody(k, DisplayRounding.oneDecimalOrNull(deltas.get(ScopeKey.dimension(k)))))
			.toList();
		List<KeyedDeltaBody> areas = scores.areas()
			.keySet()
			.stream()
			.map((k) -> new KeyedDeltaBody(k, DisplayRounding.oneDecimalOrNull(deltas.get(ScopeKey.area(k)))))
			.toList();
		List<HistoryBody> history = trend.history()
			.stream()
			.map((StoredRound r) -> new HistoryBody(r.roundId(), r.firstCompletedAt(), ScoreBody.of(null, r.scores().overall()),
					dimensions(r.scores())))
			.toList();
		return new TrendBody(trend.previousId(), new DeltaBody(DisplayRounding.oneDecimalOrNull(deltas.get(ScopeKey.OVERALL))),
				dimensions, areas, history);
	}

	private static @Nullable ProfileBody profile(@Nullable Profile profile, Locale locale) {
		if (profile == null) {
			return null;
		}
		return new ProfileBody(profile.key(), profile.title().text(locale),
				profile.description() == null ? null : profile.description().text(locale),
				profile.recommendations() == null ? null : profile.recommendations().text(locale));
	}

}
