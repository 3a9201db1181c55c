package se.stegvis.summary.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.stegvis.chart.ChartSeries;
import se.stegvis.chart.ChartTexts;
import se.stegvis.chart.RadarChart;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.ModelCatalog;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.summary.Comparison;
import se.stegvis.summary.internal.NetworkView.Chart;
import se.stegvis.summary.internal.NetworkView.Table;
import se.stegvis.summary.internal.NetworkView.TableRow;

/**
 * Formats organisations or units side by side: a table of dimension scores and one of area scores (a row each,
 * then the mean) and a radar with a polygon each. Figures are the stored ones and the means {@code scoring}
 * computed; here they are only rounded for display.
 */
@Component
class SideBySide {

	private final MessageSource messages;

	private final ModelCatalog models;

	SideBySide(MessageSource messages, ModelCatalog models) {
		this.messages = messages;
		this.models = models;
	}

	/** The model keys to choose among, each named by its latest published version's title (else its key). */
	List<NetworkView.ModelChoice> modelChoices(List<String> keys, @Nullable String selected, Locale locale) {
		return keys.stream()
			.map((k) -> new NetworkView.ModelChoice(k,
					this.models.latestPublished(k).map((m) -> m.title().text(locale)).orElse(k), k.equals(selected)))
			.toList();
	}

	/**
	 * One participant of the comparison.
	 * @param own whether it is the reader's own organisation (drawn strongest; at most one)
	 */
	record Entry(String name, String detail, ScopeScores scores, boolean own) {
	}

	/**
	 * @param mean the figures of the mean row; null for none
	 * @param meanLabel the mean row's name
	 */
	NetworkView view(List<NetworkView.ModelChoice> choices, @Nullable AssessmentModel model, List<Entry> entries,
			@Nullable Comparison mean, String meanLabel, String rowHeader, String chartId, String chartHeading,
			List<String> withoutRound, Locale locale) {
		ChartTexts texts = ChartTexts.from((key) -> this.messages.getMessage(key, null, locale));
		Set<String> dimensions = new LinkedHashSet<>();
		Set<String> areas = new LinkedHashSet<>();
		for (Entry e : entries) {
			dimensions.addAll(e.scores().dimensions().keySet());
			areas.addAll(e.scores().areas().keySet());
		}
		List<Table> tables = new ArrayList<>();
		tables.add(table("dimensions", text("network.figures.caption.dimensions", locale),
				rowHeader, List.copyOf(dimensions),
				(d) -> label(model, d, true, locale), ScopeKey::dimension, entries, mean, meanLabel, texts, locale));
		tables.add(table("areas", text("network.figures.caption.areas", locale),
				rowHeader, List.copyOf(areas),
				(a) -> label(model, a, false, locale), ScopeKey::area, entries, mean, meanLabel, texts, locale));

		Chart radar = null;
		int series = entries.size() + (mean == null ? 0 : 1);
		boolean tooMany = series > RadarChart.MAX_SERIES;
		if (!entries.isEmpty() && !tooMany && dimensions.size() >= RadarChart.MIN_AXES
				&& dimensions.size() <= RadarChart.MAX_AXES) {
			List<ChartSeries> list = new ArrayList<>();
			for (Entry e : entries) {
				List<@Nullable BigDecimal> values = dimensions.stream()
					.map((d) -> e.scores().find(ScopeKey.dimension(d)).map(ScopeScore::score).orElse(null))
					.toList();
				list.add(e.own() ? ChartSeries.own(e.name(), values) : ChartSeries.comparison(e.name(), values));
			}
			if (mean != null) {
				list.add(ChartSeries.comparison(meanLabel, dimensions.stream()
					.map((d) -> mean.entry(ScopeKey.dimension(d)).mean())
					.toList()));
			}
			RadarChart chart = new RadarChart(chartHeading, text("network.figures.radar.description", locale),
					text("network.figures.column.dimension", locale),
					dimensions.stream().map((d) -> label(model, d, true, locale)).toList(), list);
			radar = new Chart(chartId, chartHeading, chart.svg(chartId, texts), chart.table(texts));
		}
		String modelTitle = model == null ? null : model.title().text(locale) + " " + model.version().major() + ".x";
		return new NetworkView(choices, modelTitle, tables, radar, tooMany && !entries.isEmpty(), withoutRound);
	}

	private Table table(String key, String caption, String rowHeader, List<String> columns,
			Function<String, String> columnLabel, Function<String, ScopeKey> scopeOf, List<Entry> entries,
			@Nullable Comparison mean, String meanLabel, ChartTexts texts, Locale locale) {
		List<String> headers = new ArrayList<>(columns.stream().map(columnLabel).toList());
		headers.add(text("network.figures.column.overall", locale));
		List<TableRow> rows = new ArrayList<>();
		for (Entry e : entries) {
			List<String> cells = new ArrayList<>();
			for (String c : columns) {
				cells.add(texts.figure(e.scores().find(scopeOf.apply(c)).map(ScopeScore::score).orElse(null)));
			}
			cells.add(texts.figure(e.scores().overall().score()));
			rows.add(new TableRow(e.name(), e.detail(), cells, false));
		}
		if (mean != null && !entries.isEmpty()) {
			List<String> cells = new ArrayList<>();
			for (String c : columns) {
				cells.add(texts.figure(mean.entry(scopeOf.apply(c)).mean()));
			}
			cells.add(texts.figure(mean.entry(ScopeKey.OVERALL).mean()));
			rows.add(new TableRow(meanLabel, text("network.figures.meanDetail", locale, mean.n()), cells, true));
		}
		return new Table(key, caption, rowHeader, headers, rows);
	}

	static String label(@Nullable AssessmentModel model, String key, boolean dimension, Locale locale) {
		if (model == null) {
			return key;
		}
		return dimension ? model.dimension(key).map((d) -> d.title().text(locale)).orElse(key)
				: model.area(key).map((a) -> a.title().text(locale)).orElse(key);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}
}
