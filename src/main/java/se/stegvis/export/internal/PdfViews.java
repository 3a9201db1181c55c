package se.stegvis.export.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.actionplan.ItemStatus;
import se.stegvis.actionplan.PlanProgress;
import se.stegvis.assessment.Round;
import se.stegvis.chart.ChartSeries;
import se.stegvis.chart.ChartTable;
import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.RadarChart;
import se.stegvis.export.RoundExport;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.ScaleLevel;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.summary.Comparison;

/**
 * What the PDF templates show, with every figure already formatted (one decimal, decimal comma) from the export's
 * figures. Ordering (strongest, weakest, largest gaps) sorts the figures the services gave; nothing is recomputed.
 */
@Component
class PdfViews {

	/** How many indicators the report lists as strengths and as gaps. */
	static final int REPORT_TOP = 5;

	/** How many area × dimension cells the one-page summary lists as strongest and as weakest. */
	static final int SUMMARY_TOP = 3;

	private final ExportTexts texts;

	PdfViews(ExportTexts texts) {
		this.texts = texts;
	}

	record Cover(String documentTitle, String organisation, String roundTitle, @Nullable String period, String date,
			String model, boolean preliminary, String exportedAt) {
	}

	record ScoreLine(String label, String score, String coverage, String comparison) {
	}

	record ComparisonNote(String label, int n, String computedAt) {
	}

	record ChartFigure(String heading, String alt, String dataUri, ChartTable table) {
	}

	record IndicatorEntry(String key, String text, String place, String answer, String score, String target, String gap) {
	}

	record ItemLine(String title, String indicators, String owner, String due, String priority, String status,
			String latestFollowUp) {
	}

	record CommentLine(String key, String text, String answer, String comment, String evidence) {
	}

	record Count(String label, int count) {
	}

	record Progress(List<Count> counts, int total, int overdue, int doneSinceLastRound) {
	}

	record Report(Cover cover, ScoreLine overall, @Nullable ComparisonNote comparison, List<ScoreLine> dimensions,
			List<ScoreLine> areas, List<ChartFigure> charts, List<IndicatorEntry> strengths, List<IndicatorEntry> gaps,
			List<ItemLine> items, Progress progress, List<CommentLine> comments, boolean individual) {
	}

	record CellLine(String label, String score, String coverage) {
	}

	record OnePage(Cover cover, ScoreLine overall, @Nullable ComparisonNote comparison, List<ScoreLine> dimensions,
			List<CellLine> strongest, List<CellLine> weakest, Progress progress) {
	}

	record LevelText(String level, String label, String text) {
	}

	record QuestionIndicator(String key, String text, @Nullable String help, String dimension, List<LevelText> levels) {
	}

	record QuestionArea(String title, List<QuestionIndicator> indicators) {
	}

	record Questionnaire(String documentTitle, String model, String version, List<LevelText> scale,
			List<QuestionArea> areas) {
	}

	Report report(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		ScopeScores scores = export.summary().scores();
		Comparison comparison = export.chosen();
		List<ScoreLine> dimensions = new ArrayList<>();
		scores.dimensions().forEach((k, s) -> dimensions.add(line(ExportTexts.dimension(model, k, locale), s,
				comparison, ScopeKey.dimension(k), locale)));
		List<ScoreLine> areas = new ArrayList<>();
		scores.areas().forEach((k, s) -> areas.add(line(ExportTexts.area(model, k, locale), s, comparison, ScopeKey.area(k), locale)));

		List<RoundExport.IndicatorLine> scored = export.indicators().stream().filter((l) -> l.score() != null).toList();
		Comparator<RoundExport.IndicatorLine> byScore = Comparator.comparing((l) -> l.score());
		List<IndicatorEntry> strengths = scored.stream().sorted(byScore.reversed()).limit(REPORT_TOP)
			.map((l) -> entry(model, l, locale)).toList();
		Comparator<RoundExport.IndicatorLine> byGap = Comparator.comparing((l) -> l.gap());
		List<IndicatorEntry> gaps = scored.stream()
			.filter((l) -> l.gap() != null && l.gap().signum() > 0)
			.sorted(byGap.reversed().thenComparing(byScore))
			.limit(REPORT_TOP)
			.map((l) -> entry(model, l, locale))
			.toList();

		List<ItemLine> items = new ArrayList<>();
		for (ActionItem item : export.items()) {
			List<FollowUp> log = export.followUps().getOrDefault(item.id(), List.of());
			items.add(new ItemLine(item.title(), String.join(", ", item.indicatorKeys()), orDash(item.ownerName()),
					item.dueDate() == null ? "–" : ExportTexts.day(item.dueDate()),
					this.texts.text("export.priority." + item.priority().name(), locale),
					this.texts.text("export.status." + item.status().name(), locale),
					log.isEmpty() ? "" : ExportTexts.day(log.get(0).date()) + ": " + log.get(0).text()));
		}
		List<CommentLine> comments = new ArrayList<>();
		for (RoundExport.IndicatorLine l : export.indicators()) {
			String comment = l.comment() != null ? l.comment() : l.consensusNote();
			if (comment != null || l.evidenceUrl() != null) {
				comments.add(new CommentLine(l.indicator().key(), l.indicator().text().text(locale),
						this.texts.answer(model, l.value(), locale), comment == null ? "" : comment,
						l.evidenceUrl() == null ? "" : l.evidenceUrl()));
			}
		}
		return new Report(cover(export, "export.pdf.report.documentTitle", locale),
				line(this.texts.text("export.scope.OVERALL", locale), scores.overall(), comparison, ScopeKey.OVERALL, locale),
				note(comparison), dimensions, areas, charts(export, locale), strengths, gaps, items,
				progress(export.progress(), locale), comments,
				export.round().mode() == se.stegvis.assessment.RoundMode.INDIVIDUAL);
	}

	OnePage summary(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		ScopeScores scores = export.summary().scores();
		Comparison comparison = export.chosen();
		List<ScoreLine> dimensions = new ArrayList<>();
		scores.dimensions().forEach((k, s) -> dimensions.add(line(ExportTexts.dimension(model, k, locale), s,
				comparison, ScopeKey.dimension(k), locale)));
		record Cell(String label, ScopeScore score) {
		}
		List<Cell> cells = new ArrayList<>();
		scores.areas().keySet().forEach((area) -> scores.cellsOf(area).forEach((d, s) -> {
			if (s.score() != null) {
				cells.add(new Cell(ExportTexts.area(model, area, locale) + " – " + ExportTexts.dimension(model, d, locale), s));
			}
		}));
		Comparator<Cell> byScore = Comparator.comparing((Cell c) -> c.score().score());
		Function<Cell, CellLine> toLine = (c) -> new CellLine(c.label(), ExportTexts.figure(c.score().score()),
				ExportTexts.percent(c.score().coverage()));
		List<CellLine> strongest = cells.stream().sorted(byScore.reversed()).limit(SUMMARY_TOP).map(toLine).toList();
		List<CellLine> weakest = cells.stream().sorted(byScore).limit(SUMMARY_TOP).map(toLine).toList();
		return new OnePage(cover(export, "export.pdf.summary.documentTitle", locale),
				line(this.texts.text("export.scope.OVERALL", locale), scores.overall(), comparison, ScopeKey.OVERALL, locale),
				note(comparison), dimensions, strongest, weakest, progress(export.progress(), locale));
	}

	Questionnaire questionnaire(AssessmentModel model, Locale locale) {
		List<LevelText> scale = model.scale().stream()
			.map((l) -> new LevelText(Integer.toString(l.level()), l.label().text(locale), l.description().text(locale)))
			.toList();
		List<QuestionArea> areas = new ArrayList<>();
		for (Area area : model.areas()) {
			List<QuestionIndicator> indicators = new ArrayList<>();
			for (Indicator indicator : model.indicatorsIn(area.key())) {
				List<LevelText> levels = new ArrayList<>();
				for (ScaleLevel level : model.scale()) {
					levels.add(new LevelText(Integer.toString(level.level()), level.label().text(locale),
							indicator.levelDescriptor(level.level()).map((t) -> t.text(locale)).orElse("")));
				}
				indicators.add(new QuestionIndicator(indicator.key(), indicator.text().text(locale),
						indicator.help() == null ? null : indicator.help().text(locale),
						ExportTexts.dimension(model, indicator.dimension(), locale), levels));
			}
			areas.add(new QuestionArea(area.title().text(locale), indicators));
		}
		String title = model.title().text(locale);
		return new Questionnaire(this.texts.text("export.pdf.questionnaire.documentTitle", locale, title,
				model.version().toString()), title, model.version().toString(), scale, areas);
	}

	private Cover cover(RoundExport export, String titleKey, Locale locale) {
		Round round = export.round();
		AssessmentModel model = export.model();
		String date = round.completedAt() != null ? ExportTexts.day(round.completedAt()) : ExportTexts.day(export.exportedAt());
		return new Cover(this.texts.text(titleKey, locale, export.organisationName(), round.title()),
				round.unitName() == null ? export.organisationName() : export.organisationName() + " – " + round.unitName(),
				round.title(), round.period(), date, model.title().text(locale) + " " + model.version(),
				export.summary().preliminary(), ExportTexts.minute(export.exportedAt()));
	}

	private ScoreLine line(String label, ScopeScore score, @Nullable Comparison comparison, ScopeKey scope, Locale locale) {
		String compared = "–";
		if (comparison != null) {
			ComparisonEntry entry = comparison.entry(scope);
			compared = entry.mean() != null ? ExportTexts.figure(entry.mean())
					: this.texts.text("export.pdf.withheld." + (entry.reason() == null ? "NO_DATA" : entry.reason().name()), locale);
		}
		return new ScoreLine(label, score.score() == null ? this.texts.text("export.pdf.noScore", locale) : ExportTexts.figure(score.score()),
				ExportTexts.percent(score.coverage()), compared);
	}

	private static @Nullable ComparisonNote note(@Nullable Comparison comparison) {
		return comparison == null ? null
				: new ComparisonNote(comparison.label(), comparison.n(), ExportTexts.minute(comparison.computedAt()));
	}

	private IndicatorEntry entry(AssessmentModel model, RoundExport.IndicatorLine l, Locale locale) {
		Indicator i = l.indicator();
		return new IndicatorEntry(i.key(), i.text().text(locale),
				ExportTexts.area(model, i.area(), locale) + " – " + ExportTexts.dimension(model, i.dimension(), locale),
				this.texts.answer(model, l.value(), locale), ExportTexts.figure(l.score()), Integer.toString(l.target()),
				ExportTexts.figure(l.gap()));
	}

	private Progress progress(PlanProgress progress, Locale locale) {
		List<Count> counts = new ArrayList<>();
		for (Map.Entry<ItemStatus, Integer> e : progress.counts().entrySet()) {
			counts.add(new Count(this.texts.text("export.status." + e.getKey().name(), locale), e.getValue()));
		}
		return new Progress(counts, progress.total(), progress.overdue(), progress.doneSinceLastRound());
	}

	/** The radar of the dimensions and one per area (its cells), as on the summary page, with the chosen comparison. */
	private List<ChartFigure> charts(RoundExport export, Locale locale) {
		ChartTexts chartTexts = ChartTexts.from((key) -> this.texts.text(key, locale));
		AssessmentModel model = export.model();
		ScopeScores scores = export.summary().scores();
		List<ChartFigure> charts = new ArrayList<>();
		radar(this.texts.text("export.pdf.radar.overall", locale), List.copyOf(scores.dimensions().keySet()),
				(d) -> scores.find(ScopeKey.dimension(d)), ScopeKey::dimension, export, chartTexts, locale).ifPresent(charts::add);
		for (String area : scores.areas().keySet()) {
			Map<String, ScopeScore> cells = scores.cellsOf(area);
			radar(this.texts.text("export.pdf.radar.area", locale, ExportTexts.area(model, area, locale)),
					List.copyOf(cells.keySet()), (d) -> Optional.ofNullable(cells.get(d)), (d) -> ScopeKey.cell(area, d), export,
					chartTexts, locale).ifPresent(charts::add);
		}
		return charts;
	}

	private Optional<ChartFigure> radar(String heading, List<String> dimensions, Function<String, Optional<ScopeScore>> own,
			Function<String, ScopeKey> scopeOf, RoundExport export, ChartTexts chartTexts, Locale locale) {
		if (dimensions.size() < RadarChart.MIN_AXES || dimensions.size() > RadarChart.MAX_AXES) {
			return Optional.empty();
		}
		Comparison comparison = export.chosen();
		List<@Nullable BigDecimal> ownValues = new ArrayList<>();
		List<@Nullable BigDecimal> comparisonValues = new ArrayList<>();
		for (String d : dimensions) {
			ownValues.add(own.apply(d).map(ScopeScore::score).orElse(null));
			comparisonValues.add(comparison == null ? null : comparison.entry(scopeOf.apply(d)).mean());
		}
		List<ChartSeries> series = new ArrayList<>();
		series.add(ChartSeries.own(export.organisationName(), ownValues));
		String description;
		if (comparison != null) {
			series.add(ChartSeries.comparison(comparison.label(), comparisonValues));
			description = this.texts.text("export.pdf.radar.description.comparison", locale, export.organisationName(),
					comparison.label());
		}
		else {
			description = this.texts.text("export.pdf.radar.description", locale, export.organisationName());
		}
		RadarChart chart = new RadarChart(heading, description, this.texts.text("export.column.dimension", locale),
				dimensions.stream().map((d) -> ExportTexts.dimension(export.model(), d, locale)).toList(), series);
		String svg = chart.svg("pdf-" + Integer.toHexString(heading.hashCode()), chartTexts);
		String uri = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
		return Optional.of(new ChartFigure(heading, heading + ". " + description, uri, chart.table(chartTexts)));
	}

	private static String orDash(@Nullable String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

}
