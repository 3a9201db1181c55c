package se.stegvis.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart's figures as a table: what a page shows beside the chart (or behind a toggle) and the PDF
 * prints, made from the same input as the SVG. Figures are already formatted ("56,3"); a missing one
 * reads {@link ChartTexts#noValue()}.
 *
 * @param caption the table's caption: the chart's title
 * @param columnHeaders one header per column; the first heads the row headers
 * @param rows one row per axis, round or level, in the chart's order
 */
public record ChartTable(String caption, List<String> columnHeaders, List<Row> rows) {

	public ChartTable {
		Objects.requireNonNull(caption, "caption");
		columnHeaders = List.copyOf(columnHeaders);
		rows = List.copyOf(rows);
		for (Row row : rows) {
			if (row.cells().size() != columnHeaders.size() - 1) {
				throw new IllegalArgumentException("row \"" + row.header() + "\" has " + row.cells().size()
						+ " cells for " + (columnHeaders.size() - 1) + " data columns");
			}
		}
	}

	/**
	 * One row of the table.
	 * @param header the row header (an axis, a round or a level)
	 * @param cells the figures, one per data column
	 */
	public record Row(String header, List<String> cells) {

		public Row {
			Objects.requireNonNull(header, "header");
			cells = List.copyOf(cells);
		}

	}

}
