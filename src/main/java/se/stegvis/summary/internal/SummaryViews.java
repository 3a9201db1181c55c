package se.stegvis.summary.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.stegvis.assessment.IndicatorSpread;
import se.stegvis.assessment.RoundResult;
import se.stegvis.chart.ChartSeries;
import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.DistributionChart;
import se.stegvis.chart.DistributionGroup;
import se.stegvis.chart.LineChart;
import se.stegvis.chart.RadarChart;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.Profile;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.Distribution;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.scoring.TargetAttainment;
import se.stegvis.scoring.TargetShare;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.ComparisonScope;
import se.stegvis.summary.StoredRound;
import se.stegvis.summary.Summary;
import se.stegvis.summary.internal.SummaryView.Cell;
import se.stegvis.summary.internal.SummaryView.ChartView;
import se.stegvis.summary.internal.SummaryView.ChoiceOption;
import se.stegvis.summary.internal.SummaryView.Flag;
import se.stegvis.summary.internal.SummaryView.GroupGap;
import se.stegvis.summary.internal.SummaryView.IndicatorRow;
import se.stegvis.summary.internal.SummaryView.IndividualView;
import se.stegvis.summary.internal.SummaryView.Matrix;
import se.stegvis.summary.internal.SummaryView.MatrixRow;
import se.stegvis.summary.internal.SummaryView.ProfileView;
import se.stegvis.summary.internal.SummaryView.Row;
import se.stegvis.summary.internal.SummaryView.TrendView;

/** Formats a {@link Summary} for the page: rows, matrix, charts with their tables, indicators, trend. */
@Component
class SummaryViews {

	/** How many indicators the strongest and weakest lists show. */
	static final int TOP = 5;

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final MessageSource messages;

	SummaryViews(MessageSource messages) {
		this.messages = messages;
	}

	/** The choice's URL value for each scope, as the GET form sends it. */
	static final Map<ComparisonScope, String> CHOICES = Map.of(ComparisonScope.NATIONAL, "riket", ComparisonScope.REGION,
			"lanet", ComparisonScope.MUNICIPALITY_GROUP, "kommungruppen", ComparisonScope.MUNICIPALITY_MAIN_GROUP,
			"huvudgruppen");

	/** The choice's URL value of a network: {@code natverk-<id>}. */
	static final String NETWORK_CHOICE = "natverk-";

	/**
	 * @param chosenNetwork the network chosen when {@code chosen} is NETWORK (one of the summary's networks)
	 */
	SummaryView view(Summary summary, RoundResult result, ComparisonScope chosen, @Nullable Long chosenNetwork,
			String organisationName, @Nullable List<IndicatorSpread> spread, Function<Long, String> roundTitles, int k,
			Locale locale) {
		ChartTexts texts = ChartTexts.from((key) -> this.messages.getMessage(key, null, locale));
		AssessmentModel model = summary.round().model();
		ScopeScores scores = summary.scores();
		Comparison comparison = chosen == ComparisonScope.NETWORK
				? (chosenNetwork == null ? null : summary.network(chosenNetwork)) : summary.comparison(chosen);
		Map<ScopeKey, TargetShare> shares = TargetAttainment.shares(model.scoringScale(), result.targets(),
				summary.round().indicators().stream().map(model::placement).toList(), result.values());
		Map<ScopeKey, @Nullable BigDecimal> deltas = summary.trend() == null ? Map.of() : summary.trend().deltas();
		Formatter f = new Formatter(texts, comparison, shares, deltas, k, locale);

		Row overall = f.row(ScopeKey.OVERALL, text("summary.overall", locale), scores.overall());
		List<Row> groups = new ArrayList<>();
		scores.dimensionGroups().forEach((key, s) -> groups.add(f.row(ScopeKey.dimensionGroup(key),
				model.dimensionGroup(key).map((g) -> g.title().text(locale)).orElse(key), s)));
		List<Row> dimensions = new ArrayList<>();
		scores.dimensions().forEach((key, s) -> dimensions.add(f.row(ScopeKey.dimension(key), dimensionLabel(model, key, locale), s)));
		List<Row> areas = new ArrayList<>();
		scores.areas().forEach((key, s) -> areas.add(f.row(ScopeKey.area(key), areaLabel(model, key, locale), s)));

		List<String> dimensionKeys = List.copyOf(scores.dimensions().keySet());
		List<MatrixRow> matrixRows = new ArrayList<>();
		scores.areas().keySet().forEach((area) -> {
			Map<String, ScopeScore> cells = scores.cellsOf(area);
			List<Cell> row = dimensionKeys.stream().map((d) -> {
				ScopeScore cell = cells.get(d);
				if (cell == null) {
					return new Cell("–", text("summary.matrix.none", locale), "");
				}
				return new Cell(texts.figure(cell.score()), band(cell.score(), locale), percent(cell.coverage(), texts));
			}).toList();
			matrixRows.add(new MatrixRow(areaLabel(model, area, locale), row));
		});
		Matrix matrix = new Matrix(dimensionKeys.stream().map((d) -> dimensionLabel(model, d, locale)).toList(), matrixRows);

		String ownLabel = organisationName;
		List<ChartView> radars = new ArrayList<>();
		radar("radar-overall", text("summary.radar.overall", locale), dimensionKeys, (d) -> scores.find(ScopeKey.dimension(d)),
				(d) -> ScopeKey.dimension(d), model, comparison, ownLabel, texts, locale).ifPresent(radars::add);
		for (String area : scores.areas().keySet()) {
			Map<String, ScopeScore> cells = scores.cellsOf(area);
			radar("radar-" + area.toLowerCase(Locale.ROOT), text("summary.radar.area", locale, areaLabel(model, area, locale)),
					List.copyOf(cells.keySet()), (d) -> java.util.Optional.ofNullable(cells.get(d)),
					(d) -> ScopeKey.cell(area, d), model, comparison, ownLabel, texts, locale).ifPresent(radars::add);
		}

		List<IndicatorRow> scored = new ArrayList<>();
		for (Indicator indicator : summary.round().indicators()) {
			BigDecimal score = model.scoringScale().score(result.values().get(indicator.key()), indicator.reverse());
			if (score != null) {
				scored.add(new IndicatorRow(indicator.key(), indicator.text().text(locale), areaLabel(model, indicator.area(), locale),
						dimensionLabel(model, indicator.dimension(), locale), texts.figure(score)));
			}
		}
		Map<String, BigDecimal> byKey = new java.util.HashMap<>();
		for (Indicator indicator : summary.round().indicators()) {
			BigDecimal score = model.scoringScale().score(result.values().get(indicator.key()), indicator.reverse());
			if (score != null) {
				byKey.put(indicator.key(), score);
			}
		}
		Comparator<IndicatorRow> byScore = Comparator.comparing((IndicatorRow r) -> byKey.get(r.key()));
		List<IndicatorRow> strongest = scored.stream().sorted(byScore.reversed()).limit(TOP).toList();
		List<IndicatorRow> weakest = scored.stream().sorted(byScore).limit(TOP).toList();

		List<ChoiceOption> choices = new ArrayList<>();
		for (ComparisonScope scope : ComparisonScope.values()) {
			if (!scope.anonymous()) {
				continue;
			}
			choices.add(new ChoiceOption(CHOICES.get(scope), text("summary.choice." + CHOICES.get(scope), locale),
					scope == chosen, summary.comparison(scope) != null));
		}
		for (Comparison network : summary.comparisons()) {
			if (network.scope() == ComparisonScope.NETWORK) {
				choices.add(new ChoiceOption(NETWORK_CHOICE + network.groupCode(),
						text("network.choice", locale, network.label()),
						comparison == network, true));
			}
		}

		return new SummaryView(summary.round().round().id(), organisationName, summary.round().round().title(),
				summary.round().round().period(), summary.preliminary(),
				summary.round().round().mode() == se.stegvis.assessment.RoundMode.INDIVIDUAL, overall, groups, dimensions, areas,
				matrix, chosen, comparison == null ? null : comparison.label(), comparison == null ? null : comparison.n(),
				choices, radars, strongest, weakest, profile(summary.profile(), locale),
				trend(summary, dimensionKeys, model, roundTitles, texts, locale),
				individual(summary, spread, model, texts, locale));
	}

	private java.util.Optional<ChartView> radar(String id, String heading, List<String> dimensions,
			Function<String, java.util.Optional<ScopeScore>> own, Function<String, ScopeKey> scopeOf, AssessmentModel model,
			@Nullable Comparison comparison, String ownLabel, ChartTexts texts, Locale locale) {
		if (dimensions.size() < RadarChart.MIN_AXES || dimensions.size() > RadarChart.MAX_AXES) {
			return java.util.Optional.empty();
		}
		List<@Nullable BigDecimal> ownValues = new ArrayList<>();
		List<@Nullable BigDecimal> comparisonValues = new ArrayList<>();
		for (String d : dimensions) {
			ownValues.add(own.apply(d).map(ScopeScore::score).orElse(null));
			comparisonValues.add(comparison == null ? null : comparison.entry(scopeOf.apply(d)).mean());
		}
		List<ChartSeries> series = new ArrayList<>();
		series.add(ChartSeries.own(ownLabel, ownValues));
		String description;
		if (comparison != null) {
			series.add(ChartSeries.comparison(comparison.label(), comparisonValues));
			description = text("summary.radar.description.comparison", locale, ownLabel, comparison.label());
		}
		else {
			description = text("summary.radar.description", locale, ownLabel);
		}
		RadarChart chart = new RadarChart(heading, description, text("summary.column.dimension", locale),
				dimensions.stream().map((d) -> dimensionLabel(model, d, locale)).toList(), series);
		return java.util.Optional.of(new ChartView(id, heading, chart.svg(id, texts), chart.table(texts)));
	}

	private @Nullable TrendView trend(Summary summary, List<String> dimensionKeys, AssessmentModel model,
			Function<Long, String> roundTitles, ChartTexts texts, Locale locale) {
		Summary.SummaryTrend trend = summary.trend();
		if (trend == null) {
			return null;
		}
		List<StoredRound> history = new ArrayList<>(trend.history());
		boolean currentIncluded = history.stream().anyMatch((r) -> r.roundId() == summary.round().round().id());
		if (history.size() + (currentIncluded ? 0 : 1) > LineChart.MAX_ROUNDS) {
			history = history.subList(history.size() - LineChart.MAX_ROUNDS + (currentIncluded ? 0 : 1), history.size());
		}
		DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
		List<String> labels = new ArrayList<>();
		List<ScopeScores> points = new ArrayList<>();
		for (StoredRound r : history) {
			labels.add(date.format(r.firstCompletedAt().atZone(SWEDEN)));
			points.add(r.scores());
		}
		if (!currentIncluded) {
			labels.add(text("summary.trend.current", locale));
			points.add(summary.scores());
		}
		List<ChartSeries> series = new ArrayList<>();
		series.add(ChartSeries.own(text("summary.overall", locale),
				points.stream().map((s) -> s.overall().score()).toList()));
		for (String d : dimensionKeys) {
			if (series.size() >= LineChart.MAX_SERIES) {
				break;
			}
			series.add(ChartSeries.comparison(dimensionLabel(model, d, locale), points.stream()
				.map((s) -> s.find(ScopeKey.dimension(d)).map(ScopeScore::score).orElse(null))
				.toList()));
		}
		String heading = text("summary.trend.chart", locale);
		LineChart chart = new LineChart(heading, text("summary.trend.description", locale),
				text("summary.trend.round", locale), labels, series);
		String previousTitle = trend.history().stream().filter((r) -> r.roundId() == trend.previousId()).findFirst()
			.map(StoredRound::title).filter((title) -> !title.isBlank()).orElseGet(() -> roundTitles.apply(trend.previousId()));
		return new TrendView(previousTitle,
				new ChartView("trend", heading, chart.svg("trend", texts), chart.table(texts)));
	}

	private @Nullable IndividualView individual(Summary summary, @Nullable List<IndicatorSpread> spread,
			AssessmentModel model, ChartTexts texts, Locale locale) {
		if (summary.round().round().mode() != se.stegvis.assessment.RoundMode.INDIVIDUAL) {
			return null;
		}
		if (spread == null) {
			return new IndividualView(List.of(), List.of(), List.of(), false);
		}
		List<Flag> flags = new ArrayList<>();
		List<GroupGap> gaps = new ArrayList<>();
		List<ChartView> charts = new ArrayList<>();
		List<String> levels = model.scale().stream().map((l) -> l.level() + " " + l.label().text(locale)).toList();
		List<IndicatorSpread> byGap = spread.stream()
			.filter((s) -> s.distribution().groupGap() != null)
			.sorted(Comparator.comparing((IndicatorSpread s) -> s.distribution().groupGap()).reversed())
			.limit(10)
			.toList();
		for (IndicatorSpread s : byGap) {
			List<String> means = new ArrayList<>();
			s.distribution().byGroup().forEach((group, d) -> means.add(group + ": " + texts.figure(d.mean())));
			gaps.add(new GroupGap(model.indicator(s.indicatorKey()).orElseThrow().text().text(locale),
					texts.figure(s.distribution().groupGap()), means));
		}
		for (IndicatorSpread s : spread) {
			Indicator indicator = model.indicator(s.indicatorKey()).orElseThrow();
			Distribution all = s.distribution().all();
			if (s.needsDiscussion()) {
				flags.add(new Flag(indicator.text().text(locale), areaLabel(model, s.areaKey(), locale),
						dimensionLabel(model, s.dimensionKey(), locale), texts.figure(all.dispersion()), all.respondents()));
			}
			if (all.respondents() > 0 && charts.size() < TOP && (s.needsDiscussion() || charts.size() < 1)) {
				List<DistributionGroup> groups = new ArrayList<>();
				int grouped = s.distribution().byGroup().values().stream().mapToInt(Distribution::respondents).sum();
				if (s.distribution().byGroup().isEmpty() || s.distribution().byGroup().size() > DistributionChart.MAX_GROUPS
						|| grouped != all.respondents()) {
					groups.add(DistributionGroup.of(text("summary.individual.everyone", locale), all));
				}
				else {
					s.distribution().byGroup().forEach((group, d) -> groups.add(DistributionGroup.of(group, d)));
				}
				String id = "distribution-" + charts.size();
				String heading = indicator.text().text(locale);
				DistributionChart chart = new DistributionChart(heading, text("summary.individual.chartDescription", locale),
						text("summary.individual.answer", locale), levels, groups);
				charts.add(new ChartView(id, heading, chart.svg(id, texts), chart.table(texts)));
			}
		}
		return new IndividualView(flags, gaps, charts, true);
	}

	private static @Nullable ProfileView profile(@Nullable Profile profile, Locale locale) {
		if (profile == null) {
			return null;
		}
		List<String> recommendations = profile.recommendations() == null ? List.of()
				: List.of(profile.recommendations().text(locale).split("\n"));
		return new ProfileView(profile.title().text(locale),
				profile.description() == null ? null : profile.description().text(locale), recommendations);
	}

	private @Nullable String band(@Nullable BigDecimal score, Locale locale) {
		if (score == null) {
			return null;
		}
		String band = score.compareTo(BigDecimal.valueOf(25)) < 0 ? "low"
				: score.compareTo(BigDecimal.valueOf(50)) < 0 ? "fair"
						: score.compareTo(BigDecimal.valueOf(75)) < 0 ? "good" : "high";
		return text("summary.level." + band, locale);
	}

	private static String percent(BigDecimal fraction, ChartTexts texts) {
		return texts.figure(fraction.multiply(BigDecimal.valueOf(100))) + " %";
	}

	private static String dimensionLabel(AssessmentModel model, String key, Locale locale) {
		return model.dimension(key).map((d) -> d.title().text(locale)).orElse(key);
	}

	private static String areaLabel(AssessmentModel model, String key, Locale locale) {
		return model.area(key).map((a) -> a.title().text(locale)).orElse(key);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private final class Formatter {

		private final ChartTexts texts;

		private final @Nullable Comparison comparison;

		private final Map<ScopeKey, TargetShare> shares;

		private final Map<ScopeKey, @Nullable BigDecimal> deltas;

		private final int k;

		private final Locale locale;

		Formatter(ChartTexts texts, @Nullable Comparison comparison, Map<ScopeKey, TargetShare> shares,
				Map<ScopeKey, @Nullable BigDecimal> deltas, int k, Locale locale) {
			this.texts = texts;
			this.comparison = comparison;
			this.shares = shares;
			this.deltas = deltas;
			this.k = k;
			this.locale = locale;
		}

		Row row(ScopeKey scope, String label, ScopeScore score) {
			TargetShare share = this.shares.get(scope);
			String shareText = share == null || share.share() == null ? null
					: percent(share.share(), this.texts) + " (" + share.atTarget() + " / " + share.withLevel() + ")";
			ComparisonEntry entry = this.comparison == null ? null : this.comparison.entry(scope);
			String mean = null;
			String band = null;
			String reason = null;
			if (entry != null) {
				if (entry.published()) {
					mean = this.texts.figure(entry.mean());
					if (entry.median() != null) {
						band = text("summary.comparison.band", this.locale, this.texts.figure(entry.median()),
								this.texts.figure(entry.p25()), this.texts.figure(entry.p75()));
					}
				}
				else {
					reason = text("summary.comparison.reason." + entry.reason().name(), this.locale, this.k);
				}
			}
			String delta = null;
			if (this.deltas.containsKey(scope)) {
				BigDecimal d = this.deltas.get(scope);
				delta = d == null ? this.texts.noValue() : (d.signum() > 0 ? "+" : "") + this.texts.figure(d);
			}
			return new Row(scope.toString(), label, this.texts.figure(score.score()), percent(score.coverage(), this.texts),
					score.scored(), score.total(), shareText, entry == null ? 0 : entry.n(), mean, band, reason, delta);
		}

	}

}
