package se.stegvis.chart;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartTextsTest {

	@Test
	void figuresAreRoundedHalfUpToOneDecimalWithTheBundlesSeparator() {
		assertThat(Texts.swedish().figure(new BigDecimal("56.25"))).isEqualTo("56,3");
		assertThat(Texts.swedish().figure(new BigDecimal("56.24999"))).isEqualTo("56,2");
		assertThat(Texts.swedish().figure(new BigDecimal("100"))).isEqualTo("100,0");
		assertThat(Texts.swedish().figure(BigDecimal.ZERO)).isEqualTo("0,0");
		assertThat(Texts.english().figure(new BigDecimal("56.25"))).isEqualTo("56.3");
	}

	@Test
	void aMissingFigureReadsNoValue() {
		assertThat(Texts.swedish().figure(null)).isEqualTo("Inget värde");
		assertThat(Texts.english().figure(null)).isEqualTo("No value");
	}

	@Test
	void theBundlesNameTheAnswersAsTheAssessmentDoes() {
		assertThat(Texts.swedish().dontKnow()).isEqualTo("Vet ej");
		assertThat(Texts.swedish().notApplicable()).isEqualTo("Ej relevant");
	}

	@Test
	void everyTextIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChartTexts.from((key) -> key.endsWith("total") ? " " : "x"))
			.withMessageContaining("total");
	}

}
