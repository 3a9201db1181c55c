package se.stegvis.summary.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.chart.ChartTable;

/**
 * A page of organisations (network members, or an organisation's units) side by side, formatted for people.
 *
 * @param modelChoices the model keys to choose among (empty when there is nothing to choose)
 * @param tables one table per dimension scores and per area scores: a row per organisation or unit, then the mean
 * @param radar the radar chart with one polygon per row; null when there are fewer than 3 axes, no rows, or more
 *     rows than a chart can tell apart (the tables then carry the figures alone)
 * @param withoutRound the names of those without a comparable round
 */
record NetworkView(List<ModelChoice> modelChoices, @Nullable String modelTitle, List<Table> tables,
		@Nullable Chart radar, boolean tooManyForChart, List<String> withoutRound) {

	record ModelChoice(String key, String label, boolean selected) {
	}

	/** @param key "dimensions" or "areas" */
	record Table(String key, String caption, String rowHeader, List<String> columns, List<TableRow> rows) {
	}

	/**
	 * @param mean whether this is the mean row
	 * @param detail e.g. the round's title and date, or the trend; may be empty
	 */
	record TableRow(String name, String detail, List<String> cells, boolean mean) {
	}

	record Chart(String id, String heading, String svg, ChartTable table) {
	}

}
