package se.stegvis.summary.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.stegvis.chart.ChartTable;
import se.stegvis.summary.ComparisonScope;

/**
 * The summary page's figures, formatted for people (one decimal, the reader's decimal separator). Built by
 * {@link SummaryViews} from the same {@code Summary} the API serialises.
 */
record SummaryView(long roundId, String organisationName, String title, @Nullable String period, boolean preliminary,
		boolean individual, Row overall, List<Row> dimensionGroups, List<Row> dimensions, List<Row> areas, Matrix matrix,
		ComparisonScope chosen, @Nullable String comparisonLabel, @Nullable Integer comparisonN,
		List<ChoiceOption> choices, List<ChartView> radars, List<IndicatorRow> strongest, List<IndicatorRow> weakest,
		@Nullable ProfileView profile, @Nullable TrendView trend, @Nullable IndividualView individualView) {

	/**
	 * One scope: own figures, the chosen comparison's and the trend's.
	 * @param comparison the mean, or null with {@code comparisonReason} set (a message) when withheld
	 */
	record Row(String key, String label, String score, String coverage, int scored, int total, @Nullable String shareAtTarget,
			int comparisonN, @Nullable String comparison, @Nullable String comparisonBand,
			@Nullable String comparisonReason, @Nullable String delta) {
	}

	record Matrix(List<String> dimensions, List<MatrixRow> rows) {
	}

	record MatrixRow(String area, List<Cell> cells) {
	}

	/** @param level a word for the score band, so that the level never depends on colour alone */
	record Cell(String score, @Nullable String level, String coverage) {
	}

	record ChoiceOption(String value, String label, boolean selected, boolean available) {
	}

	record ChartView(String id, String heading, String svg, ChartTable table) {
	}

	record IndicatorRow(String key, String text, String area, String dimension, String score) {
	}

	record ProfileView(String title, @Nullable String description, List<String> recommendations) {
	}

	record TrendView(String previousTitle, ChartView chart) {
	}

	record IndividualView(List<Flag> flags, List<GroupGap> gaps, List<ChartView> distributions, boolean available) {
	}

	record Flag(String text, String area, String dimension, String dispersion, int respondents) {
	}

	record GroupGap(String text, String gap, List<String> groupMeans) {
	}

}
