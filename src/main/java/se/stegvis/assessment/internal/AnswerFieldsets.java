package se.stegvis.assessment.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Writes the areas of an answer page as HTML: per area its preliminary score, per dimension a section with its
 * score and the indicator fieldsets. The whole catalogue is 96 fieldsets of about forty dynamic attributes each;
 * evaluated one by one by the template engine they took most of a page's 40 ms, written here well under one
 * (docs/performance.md). Every text that reaches the markup — statements, help, level
 * descriptors, what the user typed, error messages — passes {@link #escape}, so the template may include the
 * result unescaped; {@code AnswerFieldsetsTest} holds the markup and the escaping.
 */
final class AnswerFieldsets {

	/**
	 * The page's texts that every fieldset repeats, looked up once per page, and the two messages with arguments
	 * (a conflict: "Sparat av {updatedBy}: {choice}." and "Deras kommentar: {comment}").
	 */
	record Texts(String scoreArea, String scoreOf, String scoreDimension, String scoreNone, String carriedOver, String help, String or, String dontKnow, String notApplicable, String confirm,
			String comment, String evidence, String errorPrefix, String conflictChoose,
			BiFunction<String, String, String> conflictText, Function<String, String> conflictComment) {
	}

	private static final List<String> NOT_LEVELS = List.of("DONT_KNOW", "NOT_APPLICABLE");

	private final Texts texts;

	private final boolean editable;

	AnswerFieldsets(Texts texts, boolean editable) {
		this.texts = texts;
		this.editable = editable;
	}

	/** The page's areas, in order; each area's heading only on the page of every area ({@code withHeadings}). */
	public String html(List<AnswerPageModel.AreaBlock> areas, boolean withHeadings) {
		StringBuilder out = new StringBuilder(64 * 1024);
		for (AnswerPageModel.AreaBlock area : areas) {
			out.append("<section class=\"stegvis-answer-area\"");
			attribute(out, "aria-labelledby", "area-" + area.key());
			out.append(">\n");
			if (withHeadings) {
				out.append("<h2 class=\"govuk-heading-l\"");
				attribute(out, "id", "area-" + area.key());
				out.append('>');
				escape(out, area.title());
				out.append("</h2>\n");
			}
			out.append("<p class=\"govuk-body stegvis-score\">\n<span>");
			escape(out, this.texts.scoreArea());
			out.append("</span>\n");
			score(out, area.score());
			out.append("\n<span class=\"govuk-body-s\">");
			escape(out, this.texts.scoreOf());
			out.append("</span>\n</p>\n");
			for (AnswerPageModel.Section section : area.sections()) {
				String heading = "dim-" + section.areaKey() + "-" + section.dimensionKey();
				out.append("<section class=\"stegvis-answer-dimension\"");
				attribute(out, "aria-labelledby", heading);
				out.append(">\n<h3 class=\"govuk-heading-m\"");
				attribute(out, "id", heading);
				out.append('>');
				escape(out, section.title());
				out.append("</h3>\n<p class=\"govuk-body-s stegvis-score\">\n<span>");
				escape(out, this.texts.scoreDimension());
				out.append("</span>\n");
				score(out, section.score());
				out.append("\n</p>\n");
				for (AnswerPageModel.Item item : section.items()) {
					write(out, item);
				}
				out.append("</section>\n");
			}
			out.append("</section>\n");
		}
		return out.toString();
	}

	private void score(StringBuilder out, AnswerPageModel.Score score) {
		out.append("<strong");
		attribute(out, "id", score.id());
		out.append('>');
		escape(out, score.value() != null ? score.value() : this.texts.scoreNone());
		out.append("</strong>");
	}

	private void write(StringBuilder out, AnswerPageModel.Item item) {
		String key = item.key();
		String answerField = "svar-" + key;
		out.append("<div class=\"govuk-form-group stegvis-indicator");
		if (!item.errors().isEmpty()) {
			out.append(" govuk-form-group--error");
		}
		out.append("\" data-indicator=\"");
		escape(out, key);
		out.append("\">\n<fieldset class=\"govuk-fieldset\"");
		if (item.hasError(answerField)) {
			attribute(out, "aria-describedby", answerField + "-error");
		}
		out.append(">\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">");
		escape(out, item.statement());
		out.append("</legend>\n");
		if (item.carriedOver()) {
			out.append("<strong class=\"govuk-tag govuk-tag--yellow\">");
			escape(out, this.texts.carriedOver());
			out.append("</strong>\n");
		}
		if (item.help() != null) {
			out.append("<details class=\"govuk-details govuk-!-margin-bottom-3\"><summary class=\"govuk-details__summary\">"
					+ "<span class=\"govuk-details__summary-text\">");
			escape(out, this.texts.help());
			out.append("</span></summary><div class=\"govuk-details__text\">");
			escape(out, item.help());
			out.append("</div></details>\n");
		}
		conflict(out, key, item.conflict());
		error(out, item, answerField);
		choices(out, item, answerField);
		if (item.carriedOver() && this.editable) {
			out.append("<div class=\"govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-3\" data-module=\"govuk-checkboxes\">"
					+ "<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" type=\"checkbox\" value=\"true\"");
			attribute(out, "id", "bekrafta-" + key);
			attribute(out, "name", "bekrafta-" + key);
			out.append("><label class=\"govuk-label govuk-checkboxes__label\"");
			attribute(out, "for", "bekrafta-" + key);
			out.append('>');
			escape(out, this.texts.confirm());
			out.append("</label></div></div>\n");
		}
		comment(out, item, "kommentar-" + key);
		evidence(out, item, "lank-" + key);
		if (this.editable) {
			out.append("<input type=\"hidden\"");
			attribute(out, "name", "version-" + key);
			attribute(out, "value", String.valueOf(item.version()));
			out.append(">\n");
		}
		out.append("<p class=\"govuk-body-s stegvis-save-status\" role=\"status\"");
		attribute(out, "id", "status-" + key);
		out.append("></p>\n</fieldset>\n</div>\n");
	}

	private void conflict(StringBuilder out, String key, AnswerPageModel.@Nullable Conflict conflict) {
		if (conflict == null) {
			return;
		}
		out.append("<div class=\"stegvis-conflict govuk-inset-text\"");
		attribute(out, "id", "conflict-" + key);
		out.append("><p class=\"govuk-body govuk-!-font-weight-bold\">");
		escape(out, this.texts.conflictText().apply(conflict.choiceLabel(), conflict.updatedBy()));
		out.append("</p>");
		if (conflict.comment() != null) {
			out.append("<p class=\"govuk-body\">");
			escape(out, this.texts.conflictComment().apply(conflict.comment()));
			out.append("</p>");
		}
		out.append("<p class=\"govuk-body govuk-!-margin-bottom-0\">");
		escape(out, this.texts.conflictChoose());
		out.append("</p></div>\n");
	}

	private void error(StringBuilder out, AnswerPageModel.Item item, String field) {
		if (!item.hasError(field)) {
			return;
		}
		out.append("<p class=\"govuk-error-message\"");
		attribute(out, "id", field + "-error");
		out.append("><span class=\"govuk-visually-hidden\">");
		escape(out, this.texts.errorPrefix());
		out.append("</span> <span>");
		escape(out, item.error(field));
		out.append("</span></p>\n");
	}

	private void choices(StringBuilder out, AnswerPageModel.Item item, String name) {
		out.append("<div class=\"govuk-radios govuk-radios--small\" data-module=\"govuk-radios\">\n");
		boolean first = true;
		for (AnswerPageModel.Choice choice : item.choices()) {
			String id = first ? name : name + "-" + choice.value();
			String hint = choice.descriptor() == null ? null : name + "-" + choice.value() + "-hint";
			radio(out, id, name, choice.value(), item.choice(), hint, choice.label());
			if (hint != null) {
				out.append("<div class=\"govuk-hint govuk-radios__hint\"");
				attribute(out, "id", hint);
				out.append('>');
				escape(out, choice.descriptor());
				out.append("</div>");
			}
			out.append("</div>\n");
			first = false;
		}
		out.append("<div class=\"govuk-radios__divider\">");
		escape(out, this.texts.or());
		out.append("</div>\n");
		for (String value : NOT_LEVELS) {
			radio(out, name + "-" + value, name, value, item.choice(), null,
					"DONT_KNOW".equals(value) ? this.texts.dontKnow() : this.texts.notApplicable());
			out.append("</div>\n");
		}
		out.append("</div>\n");
	}

	/** A radio item up to (not including) its closing tag, so that a hint can follow the label. */
	private void radio(StringBuilder out, String id, String name, String value, String chosen, @Nullable String hint,
			String label) {
		out.append("<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" type=\"radio\"");
		attribute(out, "id", id);
		attribute(out, "name", name);
		attribute(out, "value", value);
		if (value.equals(chosen)) {
			out.append(" checked=\"checked\"");
		}
		disabled(out);
		if (hint != null) {
			attribute(out, "aria-describedby", hint);
		}
		out.append("><label class=\"govuk-label govuk-radios__label\"");
		attribute(out, "for", id);
		out.append('>');
		escape(out, label);
		out.append("</label>");
	}

	private void comment(StringBuilder out, AnswerPageModel.Item item, String field) {
		boolean error = item.hasError(field);
		group(out, item, field, this.texts.comment(), "govuk-!-margin-top-3 govuk-!-margin-bottom-2");
		out.append("<textarea class=\"govuk-textarea govuk-!-margin-bottom-0").append(error ? " govuk-textarea--error" : "")
			.append("\" rows=\"2\"");
		attribute(out, "id", field);
		attribute(out, "name", field);
		disabled(out);
		if (error) {
			attribute(out, "aria-describedby", field + "-error");
		}
		out.append('>');
		escape(out, item.comment());
		out.append("</textarea></div>\n");
	}

	private void evidence(StringBuilder out, AnswerPageModel.Item item, String field) {
		boolean error = item.hasError(field);
		group(out, item, field, this.texts.evidence(), "govuk-!-margin-bottom-2");
		out.append("<input class=\"govuk-input").append(error ? " govuk-input--error" : "")
			.append("\" type=\"url\" spellcheck=\"false\" autocomplete=\"off\"");
		attribute(out, "id", field);
		attribute(out, "name", field);
		attribute(out, "value", item.evidenceUrl());
		disabled(out);
		if (error) {
			attribute(out, "aria-describedby", field + "-error");
		}
		out.append("></div>\n");
	}

	/** Opens a form group with its label and error message (closed by the caller after the field). */
	private void group(StringBuilder out, AnswerPageModel.Item item, String field, String label, String margins) {
		out.append("<div class=\"govuk-form-group ").append(margins);
		if (item.hasError(field)) {
			out.append(" govuk-form-group--error");
		}
		out.append("\"><label class=\"govuk-label\"");
		attribute(out, "for", field);
		out.append('>');
		escape(out, label);
		out.append("</label>\n");
		error(out, item, field);
	}

	private void disabled(StringBuilder out) {
		if (!this.editable) {
			out.append(" disabled=\"disabled\"");
		}
	}

	private static void attribute(StringBuilder out, String name, String value) {
		out.append(' ').append(name).append("=\"");
		escape(out, value);
		out.append('"');
	}

	/** Escapes text for an element's content or a quoted attribute value, as the template engine's th:text does. */
	static void escape(StringBuilder out, @Nullable String text) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

}
