package se.stegvis.assessment.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer page's fieldsets are written as HTML outside the template, so what the template engine would have
 * done is checked here: every text escaped, the chosen answer checked, a read-only page disabled, errors tied to
 * their fields. The pages themselves are checked through HTTP ({@code AnswerPagesTest}) and in the browser.
 */
class AnswerFieldsetsTest {

	private static final AnswerFieldsets.Texts TEXTS = new AnswerFieldsets.Texts("Poäng för området:", "av 100", "Poäng:", "ingen ännu", "Från förra omgången", "Mer om indikatorn",
			"eller", "Vet ej", "Ej relevant", "Svaret stämmer fortfarande", "Kommentar", "Länk", "Fel:", "Välj",
			(choice, by) -> "Sparat av " + by + ": " + choice + ".", (comment) -> "Deras kommentar: " + comment);

	private static final List<AnswerPageModel.Choice> LEVELS = List.of(new AnswerPageModel.Choice("0", "0 Ej påbörjad", null),
			new AnswerPageModel.Choice("1", "1 Påbörjad", "Vi har <b>börjat</b>"));

	@Test
	void eachAreaHasItsScoreAndEachDimensionItsSectionWithHeadingsOnlyOnThePageOfEveryArea() {
		AnswerPageModel.Item item = new AnswerPageModel.Item("L1", "Påstående", null, LEVELS, "", "", "", 0, false, null,
				Map.of(), null);

		String all = new AnswerFieldsets(TEXTS, true).html(area(item), true);
		String one = new AnswerFieldsets(TEXTS, true).html(area(item), false);

		assertThat(all).startsWith("<section class=\"stegvis-answer-area\" aria-labelledby=\"area-A&amp;B\">\n"
				+ "<h2 class=\"govuk-heading-l\" id=\"area-A&amp;B\">Äldre &lt;omsorg&gt;</h2>")
			.contains("<strong id=\"score-A\">56,3</strong>", "<span class=\"govuk-body-s\">av 100</span>")
			.contains("<section class=\"stegvis-answer-dimension\" aria-labelledby=\"dim-A&amp;B-LEDNING\">\n"
					+ "<h3 class=\"govuk-heading-m\" id=\"dim-A&amp;B-LEDNING\">Ledning</h3>")
			.contains("<strong id=\"score-A-LEDNING\">ingen ännu</strong>")
			.endsWith("</fieldset>\n</div>\n</section>\n</section>\n");
		assertThat(one).doesNotContain("<h2").contains("stegvis-answer-dimension", "data-indicator=\"L1\"");
	}

	@Test
	void everyTextAndEveryTypedValueIsEscaped() {
		AnswerPageModel.Item item = new AnswerPageModel.Item("L1", "Har vi \"mål\" & <plan>?", "<script>alert(1)</script>",
				LEVELS, "1", "</textarea><script>x()</script>", "https://e.se/?a=1&b='2'", 3, false, null, Map.of(),
				new AnswerPageModel.Conflict("2 <i>Delvis</i>", "<img src=x>", null, "Eva & Per"));

		String html = new AnswerFieldsets(TEXTS, true).html(area(item), true);

		assertThat(html).doesNotContain("<script>", "<plan>", "<b>", "<i>", "<img")
			.contains("Har vi &quot;mål&quot; &amp; &lt;plan&gt;?", "&lt;script&gt;alert(1)&lt;/script&gt;",
					"Vi har &lt;b&gt;börjat&lt;/b&gt;", "&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>",
					"value=\"https://e.se/?a=1&amp;b=&#39;2&#39;\"", "Sparat av Eva &amp; Per: 2 &lt;i&gt;Delvis&lt;/i&gt;.",
					"Deras kommentar: &lt;img src=x&gt;");
	}

	private static List<AnswerPageModel.AreaBlock> area(AnswerPageModel.Item item) {
		AnswerPageModel.Section section = new AnswerPageModel.Section("A&B", "LEDNING", "Ledning",
				new AnswerPageModel.Score("score-A-LEDNING", null, 0, 1), List.of(item));
		return List.of(new AnswerPageModel.AreaBlock("A&B", "Äldre <omsorg>", new AnswerPageModel.Score("score-A", "56,3", 1, 1),
				List.of(section)));
	}

	@Test
	void theStoredChoiceIsCheckedAndItsLevelDescribesTheRadio() {
		AnswerPageModel.Item item = new AnswerPageModel.Item("L1", "Påstående", null, LEVELS, "1", "", "", 3, false, null,
				Map.of(), null);

		String html = new AnswerFieldsets(TEXTS, true).html(area(item), true);

		assertThat(html).contains("id=\"svar-L1\" name=\"svar-L1\" value=\"0\">")
			.contains("id=\"svar-L1-1\" name=\"svar-L1\" value=\"1\" checked=\"checked\" aria-describedby=\"svar-L1-1-hint\">")
			.contains("id=\"svar-L1-DONT_KNOW\" name=\"svar-L1\" value=\"DONT_KNOW\">")
			.contains("<input type=\"hidden\" name=\"version-L1\" value=\"3\">")
			.doesNotContain("disabled", "govuk-details", "bekrafta-");
	}

	@Test
	void aReadOnlyPageDisablesEveryFieldAndPostsNoVersion() {
		AnswerPageModel.Item item = new AnswerPageModel.Item("L1", "Påstående", null, LEVELS, "", "", "", 3, true, null,
				Map.of(), null);

		String html = new AnswerFieldsets(TEXTS, false).html(area(item), true);

		assertThat(html.split("disabled=\"disabled\"", -1)).hasSize(4 + 2 + 1);
		assertThat(html).contains("Från förra omgången").doesNotContain("version-L1", "bekrafta-L1", "checked");
	}

	@Test
	void aRefusedFieldCarriesItsMessageAndIsDescribedByIt() {
		AnswerPageModel.Item item = new AnswerPageModel.Item("L1", "Påstående", null, LEVELS, "9", "", "ftp://x", 3, false,
				null, Map.of("svar-L1", "Välj en nivå på skalan", "lank-L1", "Länken ska börja med https://"), null);

		String html = new AnswerFieldsets(TEXTS, true).html(area(item), true);

		assertThat(html).contains("stegvis-indicator govuk-form-group--error")
			.contains("<fieldset class=\"govuk-fieldset\" aria-describedby=\"svar-L1-error\">")
			.contains("<p class=\"govuk-error-message\" id=\"svar-L1-error\"><span class=\"govuk-visually-hidden\">Fel:</span> <span>Välj en nivå på skalan</span></p>")
			.contains("class=\"govuk-input govuk-input--error\"", "aria-describedby=\"lank-L1-error\"")
			.doesNotContain("kommentar-L1-error");
	}

}
