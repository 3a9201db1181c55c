package se.stegvis.chart.internal;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class TextMetricsTest {

	private static final File LIBERATION_SANS = new File("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

	@Test
	void shortLabelsStayOnOneLine() {
		assertThat(TextMetrics.wrap("Infrastruktur", 120, 14)).containsExactly("Infrastruktur");
	}

	@Test
	void labelsWrapAtSpaces() {
		assertThat(TextMetrics.wrap("Individ- och familjeomsorg", 120, 14)).containsExactly("Individ- och", "familjeomsorg");
	}

	@Test
	void aWordTooLongForALineBreaksAfterAJoiningS() {
		assertThat(TextMetrics.wrap("Funktionsnedsättning", 110, 14)).containsExactly("Funktions-", "nedsättning");
		assertThat(TextMetrics.wrap("Informationssäkerhet", 110, 14)).containsExactly("Informations-", "säkerhet");
	}

	@Test
	void everyWrappedLineFits() {
		for (String text : List.of("Verksamhetsutvecklingsprogrammet för socialtjänsten", "Ååååååååååååååååååå", "x")) {
			assertThat(TextMetrics.wrap(text, 80, 14)).allSatisfy((line) -> assertThat(TextMetrics.width(line, 14)).isLessThanOrEqualTo(80));
		}
		assertThat(TextMetrics.wrap("  ", 80, 14)).containsExactly("");
	}

	@Test
	void estimatesAreNeverNarrowerThanTheRealFont() throws Exception {
		assumeThat(LIBERATION_SANS).exists();
		Font font = Font.createFont(Font.TRUETYPE_FONT, LIBERATION_SANS).deriveFont(14f);
		FontRenderContext context = new FontRenderContext(null, true, true);
		for (String text : List.of("Infrastruktur", "Användning", "Funktionsnedsättning", "Övergripande", "Äldreomsorg",
				"Individ- och familjeomsorg", "0 Ej planerad", "Riket (290 kommuner)", "Ofylld markör utanför ringen: värde saknas",
				"WMQ Åsa Öberg 100,0")) {
			double real = font.getStringBounds(text, context).getWidth();
			assertThat(TextMetrics.width(text, 14)).as(text).isGreaterThanOrEqualTo(real).isLessThan(real * 1.2);
		}
	}

}
