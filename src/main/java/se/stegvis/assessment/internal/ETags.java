package se.stegvis.assessment.internal;

import org.jspecify.annotations.Nullable;

import se.stegvis.assessment.InvalidRoundInputException;
import se.stegvis.web.EntityTags;

/** An answer's version as an entity tag; {@code "0"} means "I saw no answer yet". */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return EntityTags.of(version);
	}

	/**
	 * @return the expected version, or null when there is no {@code If-Match} (or it is {@code *})
	 * @throws InvalidRoundInputException naming {@code If-Match} when it is not a version
	 */
	static @Nullable Long parse(@Nullable String ifMatch) {
		return EntityTags.parse(ifMatch, 0,
				() -> InvalidRoundInputException.of("If-Match", "assessment.input.ifMatch.invalid", ifMatch));
	}

}
