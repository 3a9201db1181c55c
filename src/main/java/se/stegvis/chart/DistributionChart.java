package se.stegvis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import se.stegvis.chart.internal.DistributionRenderer;

/**
 * How the participants of an individual-mode round answered one indicator: a horizontal bar per level
 * 0..maxLevel and for "Vet ej" and "Ej relevant", each with its count written beside it. With several
 * respondent groups the bars are stacked, one segment per group, each group with its own fill pattern,
 * and the legend names them.
 *
 * @param title the accessible name and table caption
 * @param description what the chart shows
 * @param levelHeader the table's header over the answers, e.g. "Svar"
 * @param levels the labels of the levels 0..maxLevel, e.g. "0 Ej planerad" … "4 Uppnådd": 2..11
 * @param groups 1..6 respondent groups, each with one count per level
 */
public record DistributionChart(String title, String description, String levelHeader, List<String> levels,
		List<DistributionGroup> groups) implements Chart {

	/** The most levels a scale can have (0..10). */
	public static final int MAX_LEVELS = 11;

	/** The most respondent groups a distribution chart can stack. */
	public static final int MAX_GROUPS = 6;

	public DistributionChart {
		Checks.text(title, "title");
		Checks.text(description, "description");
		Checks.text(levelHeader, "levelHeader");
		levels = Checks.labels(levels, 2, MAX_LEVELS, "levels");
		groups = Checks.sized(groups, 1, MAX_GROUPS, "groups");
		for (DistributionGroup group : groups) {
			if (group.levelCounts().size() != levels.size()) {
				throw new IllegalArgumentException("group \"" + group.label() + "\" has " + group.levelCounts().size()
						+ " level counts for " + levels.size() + " levels");
			}
		}
	}

	/** The labels of the bars in order: the levels, then "Vet ej" and "Ej relevant". */
	public List<String> answers(ChartTexts texts) {
		List<String> answers = new ArrayList<>(this.levels);
		answers.add(texts.dontKnow());
		answers.add(texts.notApplicable());
		return List.copyOf(answers);
	}

	@Override
	public String svg(String idPrefix, ChartTexts texts) {
		return DistributionRenderer.render(this, idPrefix, texts);
	}

	/** One row per answer; a column per group, and a total when there are several groups. */
	@Override
	public ChartTable table(ChartTexts texts) {
		List<String> answers = answers(texts);
		boolean stacked = this.groups.size() > 1;
		List<String> headers = new ArrayList<>();
		headers.add(this.levelHeader);
		this.groups.forEach((g) -> headers.add(g.label()));
		if (stacked) {
			headers.add(texts.total());
		}
		List<List<Integer>> counts = this.groups.stream().map(DistributionGroup::counts).toList();
		List<ChartTable.Row> rows = IntStream.range(0, answers.size()).mapToObj((i) -> {
			List<String> cells = new ArrayList<>();
			counts.forEach((c) -> cells.add(Integer.toString(c.get(i))));
			if (stacked) {
				cells.add(Integer.toString(counts.stream().mapToInt((c) -> c.get(i)).sum()));
			}
			return new ChartTable.Row(answers.get(i), cells);
		}).toList();
		return new ChartTable(this.title, headers, rows);
	}

}
