package se.stegvis.assessment.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.Answer;
import se.stegvis.assessment.AnswerSheet;
import se.stegvis.assessment.AreaProgress;
import se.stegvis.model.Area;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Dimension;
import se.stegvis.model.Indicator;
import se.stegvis.model.LocalizedText;
import se.stegvis.model.ScaleLevel;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.IndicatorValue;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;

/**
 * What an answer page shows, built in one pass over the sheet (no lookups per indicator): the areas of the page,
 * one section per dimension, each indicator with its levels, the stored (or just submitted) answer, and the
 * preliminary scores as the {@code scoring} module computed them ({@link ScopeScores}), only formatted here.
 */
final class AnswerPageModel {

	/** The area key of the page with every area of the round. */
	static final String ALL = "alla";

	private AnswerPageModel() {
	}

	/** Which indicators a page lists ({@code ?visa=}). */
	enum Filter {

		ALL(""), UNANSWERED("obesvarade"), CARRIED_OVER("overforda"), FLAGGED("flaggade");

		final String parameter;

		Filter(String parameter) {
			this.parameter = parameter;
		}

		static Filter of(@Nullable String parameter) {
			for (Filter filter : values()) {
				if (filter.parameter.equals(parameter)) {
					return filter;
				}
			}
			return ALL;
		}

	}

	/** An answer as typed into the form but not (yet) saved: shown instead of the stored one. */
	record Submitted(String choice, String comment, String evidenceUrl, long version) {
	}

	/** The stored answer someone else saved first, shown beside the user's own. */
	record Conflict(String choiceLabel, @Nullable String comment, @Nullable String evidenceUrl, String updatedBy) {
	}

	/** One choice of an indicator: a level with its descriptor, Vet ej or Ej relevant. */
	record Choice(String value, String label, @Nullable String descriptor) {
	}

	/** One indicator's fieldset. {@code choice} is "" when unanswered; errors by input id. */
	record Item(String key, String statement, @Nullable String help, List<Choice> choices, String choice, String comment,
			String evidenceUrl, long version, boolean carriedOver, @Nullable String updatedBy,
			Map<String, String> errors, @Nullable Conflict conflict) {

		public boolean hasError(String field) {
			return this.errors.containsKey(field);
		}

		public String error(String field) {
			return this.errors.getOrDefault(field, "");
		}

	}

	/** The indicators of one dimension in one area, with the preliminary score of that cell. */
	record Section(String areaKey, String dimensionKey, String title, Score score, List<Item> items) {
	}

	/** An area on the page with its score and its dimension sections (only those with listed indicators). */
	record AreaBlock(String key, String title, Score score, List<Section> sections) {
	}

	/** A score to one decimal in the locale's style, and how many indicators it rests on. */
	record Score(String id, @Nullable String value, int scored, int total) {
	}

	/** The whole page. {@code tasks} is the task list of every area of the round. */
	record Page(String areaKey, String title, List<AreaBlock> areas, List<AreaTask> tasks, int listed,
			Map<String, String> errorSummary) {
	}

	/** An area in the page's task list. */
	record AreaTask(String key, String title, int answered, int total, int carriedOver) {
	}

	/** Area key → title in the locale's language, in model order. */
	static Map<String, String> areaTitles(AssessmentModel model, Locale locale) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (Area area : model.areas()) {
			titles.put(area.key(), area.title().text(locale));
		}
		return titles;
	}

	/**
	 * The page of one area (or {@link #ALL}).
	 * @param flagged the indicators flagged "behöver diskuteras" (only read for {@link Filter#FLAGGED})
	 * @param submitted answers as typed, by indicator key, shown instead of the stored ones
	 * @param errors refused fields by indicator key → input id → message
	 */
	static Page build(AnswerSheet sheet, ScopeScores scores, String areaKey, Filter filter, Set<String> flagged,
			Map<String, Submitted> submitted, Map<String, Map<String, String>> errors, Map<String, Conflict> conflicts,
			Locale locale) {
		AssessmentModel model = sheet.round().model();
		Map<String, String> areaTitles = areaTitles(model, locale);
		List<Choice> scale = new ArrayList<>();
		for (ScaleLevel level : model.scale()) {
			scale.add(new Choice(String.valueOf(level.level()), level.level() + " " + level.label().text(locale),
					level.description().text(locale)));
		}
		Map<String, String> dimensionTitles = new LinkedHashMap<>();
		for (Dimension dimension : model.dimensions()) {
			dimensionTitles.put(dimension.key(), dimension.title().text(locale));
		}
		Map<String, Map<String, List<Item>>> byArea = new LinkedHashMap<>();
		Map<String, String> summary = new LinkedHashMap<>();
		int listed = 0;
		for (Indicator indicator : sheet.round().indicators()) {
			if (!ALL.equals(areaKey) && !indicator.area().equals(areaKey)) {
				continue;
			}
			Answer answer = sheet.answers().get(indicator.key());
			if (answer == null || !shown(filter, answer, flagged.contains(indicator.key()))) {
				continue;
			}
			Map<String, String> itemErrors = errors.getOrDefault(indicator.key(), Map.of());
			itemErrors.forEach(summary::putIfAbsent);
			Item item = item(indicator, answer, scale, submitted.get(indicator.key()), itemErrors,
					conflicts.get(indicator.key()), locale);
			byArea.computeIfAbsent(indicator.area(), (a) -> new LinkedHashMap<>())
				.computeIfAbsent(indicator.dimension(), (d) -> new ArrayList<>())
				.add(item);
			listed++;
		}
		List<AreaBlock> blocks = new ArrayList<>();
		for (String area : sheet.round().round().areas()) {
			if (!ALL.equals(areaKey) && !area.equals(areaKey)) {
				continue;
			}
			List<Section> sections = new ArrayList<>();
			Map<String, List<Item>> dimensions = byArea.getOrDefault(area, Map.of());
			for (Map.Entry<String, String> dimension : dimensionTitles.entrySet()) {
				List<Item> items = dimensions.get(dimension.getKey());
				if (items != null) {
					sections.add(new Section(area, dimension.getKey(), dimension.getValue(),
							score(scores, ScopeKey.cell(area, dimension.getKey()), locale), items));
				}
			}
			blocks.add(new AreaBlock(area, areaTitles.getOrDefault(area, area), score(scores, ScopeKey.area(area), locale),
					sections));
		}
		List<AreaTask> tasks = new ArrayList<>();
		for (AreaProgress progress : sheet.areas()) {
			tasks.add(new AreaTask(progress.areaKey(), areaTitles.getOrDefault(progress.areaKey(), progress.areaKey()),
					progress.answered(), progress.total(), progress.carriedOver()));
		}
		String title = ALL.equals(areaKey) ? "" : areaTitles.getOrDefault(areaKey, areaKey);
		return new Page(areaKey, title, blocks, tasks, listed, summary);
	}

	/** The element id of an area's progress in the task list. */
	static String progressId(String areaKey) {
		return "progress-" + areaKey;
	}

	/** The formatted scores of every area and cell of the round, by element id (for the autosave answer). */
	static Map<String, String> scoreTexts(AnswerSheet sheet, ScopeScores scores, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String area : sheet.round().round().areas()) {
			Score score = score(scores, ScopeKey.area(area), locale);
			texts.put(score.id(), score.value() == null ? "" : score.value());
			scores.cellsOf(area).keySet().forEach((dimension) -> {
				Score cell = score(scores, ScopeKey.cell(area, dimension), locale);
				texts.put(cell.id(), cell.value() == null ? "" : cell.value());
			});
		}
		return texts;
	}

	/** The form's code of a value: the level, {@code DONT_KNOW}, {@code NOT_APPLICABLE}, or "" when unanswered. */
	static String choiceOf(IndicatorValue value) {
		return switch (value.kind()) {
			case LEVEL -> value.level() == null ? "" : value.level().stripTrailingZeros().toPlainString();
			case DONT_KNOW, NOT_APPLICABLE -> value.kind().name();
			case UNANSWERED -> "";
		};
	}

	private static boolean shown(Filter filter, Answer answer, boolean flagged) {
		return switch (filter) {
			case ALL -> true;
			case UNANSWERED -> !answer.isAnswered();
			case CARRIED_OVER -> answer.carriedOver();
			case FLAGGED -> flagged;
		};
	}

	private static Item item(Indicator indicator, Answer answer, List<Choice> scale, @Nullable Submitted submitted,
			Map<String, String> errors, @Nullable Conflict conflict, Locale locale) {
		List<Choice> choices = new ArrayList<>(scale.size());
		for (Choice level : scale) {
			LocalizedText own = indicator.levels().get(Integer.valueOf(level.value()));
			choices.add(own == null ? level : new Choice(level.value(), level.label(), own.text(locale)));
		}
		LocalizedText help = indicator.help();
		if (submitted != null) {
			return new Item(indicator.key(), indicator.text().text(locale), help == null ? null : help.text(locale), choices,
					submitted.choice(), submitted.comment(), submitted.evidenceUrl(), submitted.version(),
					answer.carriedOver(), answer.updatedBy(), errors, conflict);
		}
		return new Item(indicator.key(), indicator.text().text(locale), help == null ? null : help.text(locale), choices,
				choiceOf(answer.value()), answer.comment() == null ? "" : answer.comment(),
				answer.evidenceUrl() == null ? "" : answer.evidenceUrl(), answer.version(), answer.carriedOver(),
				answer.updatedBy(), errors, conflict);
	}

	private static Score score(ScopeScores scores, ScopeKey scope, Locale locale) {
		String id = "score-" + scope.key() + (scope.dimensionKey() == null ? "" : "-" + scope.dimensionKey());
		ScopeScore score = scores.find(scope).orElse(null);
		if (score == null) {
			return new Score(id, null, 0, 0);
		}
		BigDecimal value = score.score();
		return new Score(id, value == null ? null : decimal(DisplayRounding.oneDecimal(value), locale), score.scored(),
				score.total());
	}

	private static String decimal(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

}
