package se.stegvis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

	private static final Supplier<RuntimeException> INVALID = () -> new IllegalArgumentException("If-Match");

	@Test
	void writesAVersionAsAStrongTag() {
		assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
	}

	@Test
	void readsStrongWeakAndBareTags() {
		assertThat(EntityTags.parse("\"3\"", 1, INVALID)).isEqualTo(3L);
		assertThat(EntityTags.parse("W/\"4\"", 1, INVALID)).isEqualTo(4L);
		assertThat(EntityTags.parse(" 5 ", 1, INVALID)).isEqualTo(5L);
	}

	@Test
	void noHeaderOrAStarExpectsNothing() {
		assertThat(EntityTags.parse(null, 1, INVALID)).isNull();
		assertThat(EntityTags.parse(" ", 1, INVALID)).isNull();
		assertThat(EntityTags.parse("*", 1, INVALID)).isNull();
	}

	@Test
	void theLowestVersionIsTheFeaturesOwn() {
		assertThat(EntityTags.parse("\"0\"", 0, INVALID)).isZero();
		assertThatThrownBy(() -> EntityTags.parse("\"0\"", 1, INVALID)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void somethingThatIsNotAVersionIsTheFeaturesInputError() {
		assertThatThrownBy(() -> EntityTags.parse("\"abc\"", 0, INVALID)).hasMessage("If-Match");
		assertThatThrownBy(() -> EntityTags.parse("\"-1\"", 0, INVALID)).hasMessage("If-Match");
	}

}
