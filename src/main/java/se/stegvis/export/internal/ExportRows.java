package se.stegvis.export.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import se.stegvis.assessment.ParticipantComment;
import se.stegvis.actionplan.ActionItem;
import se.stegvis.export.RoundExport;
import se.stegvis.model.AssessmentModel;
import se.stegvis.scoring.DisplayRounding;
import se.stegvis.scoring.Distribution;

/**
 * The rows that the CSV and XLSX files share, so both say the same: each cell is a {@link String}, an
 * {@link Integer} or a {@link BigDecimal} already rounded half-up to one decimal; an empty string where there is
 * no value.
 */
@Component
class ExportRows {

	private final ExportTexts texts;

	ExportRows(ExportTexts texts) {
		this.texts = texts;
	}

	List<String> answerHeaders(RoundExport export, Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("area", "dimension", "indicatorKey", "indicator", "answer", "level", "score", "target",
				"gap", "comment", "evidence")) {
			headers.add(this.texts.text("export.column." + key, locale));
		}
		if (export.distributionShown()) {
			for (int level = 0; level <= export.model().maxLevel(); level++) {
				headers.add(this.texts.text("export.column.levelCount", locale, level));
			}
			for (String key : List.of("dontKnowCount", "notApplicableCount", "dispersion", "needsDiscussion",
					"consensusNote", "participantComments")) {
				headers.add(this.texts.text("export.column." + key, locale));
			}
		}
		return headers;
	}

	List<List<Object>> answerRows(RoundExport export, Locale locale) {
		AssessmentModel model = export.model();
		List<List<Object>> rows = new ArrayList<>();
		for (RoundExport.IndicatorLine line : export.indicators()) {
			List<Object> row = new ArrayList<>();
			row.add(ExportTexts.area(model, line.indicator().area(), locale));
			row.add(ExportTexts.dimension(model, line.indicator().dimension(), locale));
			row.add(line.indicator().key());
			row.add(line.indicator().text().text(locale));
			row.add(this.texts.answer(model, line.value(), locale));
			row.add(number(line.value().level()));
			row.add(number(line.score()));
			row.add(line.target());
			row.add(number(line.gap()));
			row.add(orEmpty(line.comment()));
			row.add(orEmpty(line.evidenceUrl()));
			if (export.distributionShown()) {
				Distribution all = line.distribution() == null ? null : line.distribution().all();
				for (int level = 0; level <= model.maxLevel(); level++) {
					row.add(all == null ? 0 : all.levelCounts().getOrDefault(level, 0));
				}
				row.add(all == null ? 0 : all.dontKnow());
				row.add(all == null ? 0 : all.notApplicable());
				row.add(all == null ? "" : number(all.dispersion()));
				row.add(all != null && all.needsDiscussion() ? this.texts.text("export.yes", locale)
						: this.texts.text("export.no", locale));
				row.add(orEmpty(line.consensusNote()));
				row.add(participantComments(model, line, locale));
			}
			rows.add(row);
		}
		return rows;
	}

	/** "Ledning (nivå 4): text – https://…" per participant who wrote something, one per line, never by name. */
	private String participantComments(AssessmentModel model, RoundExport.IndicatorLine line, Locale locale) {
		List<String> texts = new ArrayList<>();
		for (ParticipantComment c : line.participantComments()) {
			String group = c.respondentGroup() == null ? this.texts.text("export.comment.noGroup", locale)
					: c.respondentGroup();
			String said = Stream.of(c.comment(), c.evidenceUrl()).filter(Objects::nonNull)
				.collect(Collectors.joining(" – "));
			texts.add(this.texts.text("export.comment.line", locale, group, this.texts.answer(model, c.value(), locale), said));
		}
		return String.join("\n", texts);
	}

	List<String> itemHeaders(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("itemTitle", "description", "indicators", "targetLevel", "successCriterion", "owner",
				"startDate", "dueDate", "priority", "status", "originRound")) {
			headers.add(this.texts.text("export.column." + key, locale));
		}
		return headers;
	}

	List<Object> itemRow(ActionItem item, AssessmentModel model, Locale locale) {
		List<Object> row = new ArrayList<>();
		row.add(item.title());
		row.add(orEmpty(item.description()));
		row.add(String.join(", ", item.indicatorKeys()));
		row.add(item.targetLevel() == null ? "" : item.targetLevel());
		row.add(orEmpty(item.successCriterion()));
		row.add(orEmpty(item.ownerName()));
		row.add(ExportTexts.day(item.startDate()));
		row.add(ExportTexts.day(item.dueDate()));
		row.add(this.texts.text("export.priority." + item.priority().name(), locale));
		row.add(this.texts.text("export.status." + item.status().name(), locale));
		row.add(item.originAssessmentId());
		return row;
	}

	/** A figure rounded as the API rounds it, or "" for none. */
	static Object number(@Nullable BigDecimal value) {
		BigDecimal rounded = DisplayRounding.oneDecimalOrNull(value);
		return rounded == null ? "" : rounded;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
