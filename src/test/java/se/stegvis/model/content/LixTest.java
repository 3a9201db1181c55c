package se.stegvis.model.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LixTest {

	@Test
	void wordsPerSentencePlusShareOfLongWords() {
		// 8 words, 2 sentences, 2 long words ("kommunen", "utbildning"): 8/2 + 100*2/8 = 29.0
		assertThat(Lix.of(List.of("Det finns en plan. Kommunen har en utbildning."))).isCloseTo(29.0, within(0.001));
	}

	@Test
	void aTextWithoutFullStopIsOneSentence() {
		// 4 words, 1 sentence, 1 long word ("medarbetare"): 4 + 25 = 29.0
		assertThat(Lix.of(List.of("Alla medarbetare kan logga"))).isCloseTo(29.0, within(0.001));
	}

}
