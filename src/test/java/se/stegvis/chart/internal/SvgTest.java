package se.stegvis.chart.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SvgTest {

	@Test
	void escapesMarkupAndQuotes() {
		assertThat(Svg.escape("<a href=\"x\">O'Neil & co</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;O&apos;Neil &amp; co&lt;/a&gt;");
	}

	@Test
	void replacesCharactersXmlCannotHold() {
		assertThat(Svg.escape("a\u0000b\u001Fc\td\uFFFEe\uD800f")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFDe\uFFFDf");
		assertThat(Svg.escape("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
	}

	@Test
	void numbersHaveAPointAndAtMostTwoDecimals() {
		assertThat(Svg.number(200)).isEqualTo("200");
		assertThat(Svg.number(12.5)).isEqualTo("12.5");
		assertThat(Svg.number(1.0 / 3)).isEqualTo("0.33");
		assertThat(Svg.number(-0.001)).isEqualTo("0");
		assertThat(Svg.number(1e7)).isEqualTo("10000000");
		assertThatIllegalArgumentException().isThrownBy(() -> Svg.number(Double.NaN));
		assertThat(Svg.points(List.of(new Point(1, 2), new Point(3.456, 4)))).isEqualTo("1,2 3.46,4");
	}

	@Test
	void theWriterEscapesAttributesAndTextAndLeavesOutNullAttributes() {
		SvgWriter svg = new SvgWriter();
		svg.start("g", "class", "a\"b", "fill", null).text("text", "<&>", "x", 1.5).end();

		assertThat(svg.markup()).isEqualTo("<g class=\"a&quot;b\"><text x=\"1.5\">&lt;&amp;&gt;</text></g>");
	}

	@Test
	void theWriterRefusesUnclosedElements() {
		SvgWriter svg = new SvgWriter().start("g");

		assertThatIllegalStateException().isThrownBy(svg::markup);
		assertThatIllegalStateException().isThrownBy(() -> new SvgWriter().end());
	}

}
