package se.stegvis.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

import se.stegvis.actionplan.ActionItem;
import se.stegvis.actionplan.FollowUp;
import se.stegvis.export.RoundExport;
import se.stegvis.model.AssessmentModel;
import se.stegvis.model.Indicator;
import se.stegvis.model.ScaleLevel;
import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.ScopeScore;
import se.stegvis.scoring.ScopeScores;
import se.stegvis.summary.Comparison;

/**
 * The round (answers, scores, comparisons, action plan) and the blank questionnaire as XLSX: figures as numbers
 * (rounded to one decimal as the API rounds them), Swedish headers, frozen header rows.
 */
@Component
class XlsxFiles {

	private final ExportTexts texts;

	private final ExportRows rows;

	XlsxFiles(ExportTexts texts, ExportRows rows) {
		this.texts = texts;
		this.rows = rows;
	}

	byte[] round(RoundExport export, Locale locale) {
		return workbook((wb) -> {
			table(wb.newWorksheet(this.texts.text("export.sheet.answers", locale)), this.rows.answerHeaders(export, locale),
					this.rows.answerRows(export, locale));
			table(wb.newWorksheet(this.texts.text("export.sheet.scores", locale)), scoreHeaders(locale), scoreRows(export, locale));
			table(wb.newWorksheet(this.texts.text("export.sheet.comparisons", locale)), comparisonHeaders(locale),
					comparisonRows(export, locale));
			List<String> itemHeaders = new ArrayList<>(this.rows.itemHeaders(locale));
			itemHeaders.add(this.texts.text("export.column.followUps", locale));
			List<List<Object>> items = new ArrayList<>();
			for (ActionItem item : export.items()) {
				List<Object> row = new ArrayList<>(this.rows.itemRow(item, export.model(), locale));
				List<String> log = new ArrayList<>();
				for (FollowUp f : export.followUps().getOrDefault(item.id(), List.of())) {
					log.add(ExportTexts.day(f.date()) + ": " + f.text());
				}
				row.add(String.join("\n", log));
				items.add(row);
			}
			table(wb.newWorksheet(this.texts.text("export.sheet.actionPlan", locale)), itemHeaders, items);
		});
	}

	/** A blank questionnaire: one row per indicator with the scale, and empty columns to fill in. */
	byte[] questionnaire(AssessmentModel model, Locale locale) {
		return workbook((wb) -> {
			List<String> headers = new ArrayList<>();
			for (String key : List.of("area", "dimension", "indicatorKey", "indicator", "help")) {
				headers.add(this.texts.text("export.column." + key, locale));
			}
			for (ScaleLevel level : model.scale()) {
				headers.add(level.level() + " – " + level.label().text(locale));
			}
			for (String key : List.of("answerToFill", "commentToFill", "evidenceToFill")) {
				headers.add(this.texts.text("export.column." + key, locale));
			}
			List<List<Object>> lines = new ArrayList<>();
			for (Indicator indicator : model.indicators()) {
				List<Object> row = new ArrayList<>();
				row.add(ExportTexts.area(model, indicator.area(), locale));
				row.add(ExportTexts.dimension(model, indicator.dimension(), locale));
				row.add(indicator.key());
				row.add(indicator.text().text(locale));
				row.add(indicator.help() == null ? "" : indicator.help().text(locale));
				for (ScaleLevel level : model.scale()) {
					row.add(indicator.levelDescriptor(level.level()).orElse(level.description()).text(locale));
				}
				row.add("");
				row.add("");
				row.add("");
				lines.add(row);
			}
			table(wb.newWorksheet(this.texts.text("export.sheet.questionnaire", locale)), headers, lines);
			List<List<Object>> scale = new ArrayList<>();
			for (ScaleLevel level : model.scale()) {
				scale.add(List.of(level.level(), level.label().text(locale), level.description().text(locale)));
			}
			scale.add(List.of("", this.texts.text("export.answer.DONT_KNOW", locale), this.texts.text("export.questionnaire.dontKnow", locale)));
			scale.add(List.of("", this.texts.text("export.answer.NOT_APPLICABLE", locale),
					this.texts.text("export.questionnaire.notApplicable", locale)));
			table(wb.newWorksheet(this.texts.text("export.sheet.scale", locale)),
					List.of(this.texts.text("export.column.level", locale), this.texts.text("export.column.label", locale),
							this.texts.text("export.column.description", locale)),
					scale);
		});
	}

	private List<String> scoreHeaders(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("scopeType", "area", "dimension", "score", "coverage", "scored", "total")) {
			headers.add(this.texts.text("export.column." + key, locale));
		}
		return headers;
	}

	private List<List<Object>> scoreRows(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		ScopeScores scores = export.summary().scores();
		List<List<Object>> lines = new ArrayList<>();
		lines.add(scoreRow(this.texts.text("export.scope.OVERALL", locale), "", "", scores.overall()));
		scores.dimensions().forEach((k, s) -> lines.add(scoreRow(this.texts.text("export.scope.DIMENSION", locale), "",
				ExportTexts.dimension(model, k, locale), s)));
		scores.areas().forEach((area, s) -> {
			lines.add(scoreRow(this.texts.text("export.scope.AREA", locale), ExportTexts.area(model, area, locale), "", s));
			scores.cellsOf(area).forEach((d, c) -> lines.add(scoreRow(this.texts.text("export.scope.CELL", locale),
					ExportTexts.area(model, area, locale), ExportTexts.dimension(model, d, locale), c)));
		});
		return lines;
	}

	private static List<Object> scoreRow(String type, String area, String dimension, ScopeScore s) {
		return List.of(type, area, dimension, ExportRows.number(s.score()), s.coverage(), s.scored(), s.total());
	}

	private List<String> comparisonHeaders(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("group", "groupSize", "scopeType", "area", "dimension", "ownScore", "n", "mean",
				"median", "p25", "p75", "withheld", "computedAt")) {
			headers.add(this.texts.text("export.column." + key, locale));
		}
		return headers;
	}

	private List<List<Object>> comparisonRows(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		ScopeScores own = export.summary().scores();
		List<List<Object>> lines = new ArrayList<>();
		for (Comparison c : export.summary().comparisons()) {
			List<Map.Entry<ScopeKey, String[]>> scopes = new ArrayList<>();
			scopes.add(Map.entry(ScopeKey.OVERALL, new String[] { "OVERALL", "", "" }));
			own.dimensions().keySet().forEach((d) -> scopes.add(Map.entry(ScopeKey.dimension(d),
					new String[] { "DIMENSION", "", ExportTexts.dimension(model, d, locale) })));
			own.areas().keySet().forEach((a) -> {
				scopes.add(Map.entry(ScopeKey.area(a), new String[] { "AREA", ExportTexts.area(model, a, locale), "" }));
				own.cellsOf(a).keySet().forEach((d) -> scopes.add(Map.entry(ScopeKey.cell(a, d),
						new String[] { "CELL", ExportTexts.area(model, a, locale), ExportTexts.dimension(model, d, locale) })));
			});
			for (Map.Entry<ScopeKey, String[]> scope : scopes) {
				ComparisonEntry e = c.entry(scope.getKey());
				BigDecimal ownScore = own.find(scope.getKey()).map(ScopeScore::score).orElse(null);
				lines.add(List.of(c.label(), c.n(), this.texts.text("export.scope." + scope.getValue()[0], locale),
						scope.getValue()[1], scope.getValue()[2], ExportRows.number(ownScore), e.n(), ExportRows.number(e.mean()),
						ExportRows.number(e.median()), ExportRows.number(e.p25()), ExportRows.number(e.p75()),
						e.reason() == null ? "" : this.texts.text("export.reason." + e.reason().name(), locale),
						ExportTexts.minute(c.computedAt())));
			}
		}
		return lines;
	}

	private static void table(Worksheet sheet, List<String> headers, List<List<Object>> lines) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		sheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).style().bold().wrapText(true).set();
		sheet.freezePane(0, 1);
		for (int r = 0; r < lines.size(); r++) {
			List<Object> line = lines.get(r);
			for (int c = 0; c < line.size(); c++) {
				Object v = line.get(c);
				if (v instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else {
					String text = v.toString();
					if (!text.isEmpty()) {
						sheet.value(r + 1, c, text);
					}
				}
			}
		}
		for (int c = 0; c < headers.size(); c++) {
			sheet.width(c, Math.min(60, Math.max(10, headers.get(c).length() + 2)));
		}
	}

	private interface Sheets {

		void write(Workbook workbook) throws IOException;

	}

	private static byte[] workbook(Sheets sheets) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Stegvis", "1.0");
			sheets.write(workbook);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
