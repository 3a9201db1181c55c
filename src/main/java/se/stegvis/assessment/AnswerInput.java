package se.stegvis.assessment;

import org.jspecify.annotations.Nullable;

/**
 * An answer (or consensus) as submitted, not yet checked. The services check it against the round's model
 * and throw {@link InvalidRoundInputException} naming the field: {@code answer} missing, {@code level}
 * missing for LEVEL or outside 0..maxLevel, {@code comment} over {@value #MAX_COMMENT} characters,
 * {@code evidenceUrl} not an absolute http(s) address, {@code note} over {@value #MAX_COMMENT} characters.
 * Blank comment, link and note count as none.
 *
 * @param answer LEVEL, DONT_KNOW or NOT_APPLICABLE; null is refused
 * @param level required for LEVEL, ignored otherwise
 * @param note only for a consensus; ignored for answers
 */
public record AnswerInput(@Nullable AnswerChoice answer, @Nullable Integer level, @Nullable String comment,
		@Nullable String evidenceUrl, @Nullable String note) {

	/** The longest comment (and consensus note) accepted. */
	public static final int MAX_COMMENT = 4000;

	/** An answer without a consensus note. */
	public static AnswerInput of(@Nullable AnswerChoice answer, @Nullable Integer level, @Nullable String comment,
			@Nullable String evidenceUrl) {
		return new AnswerInput(answer, level, comment, evidenceUrl, null);
	}

	public static AnswerInput level(int level) {
		return new AnswerInput(AnswerChoice.LEVEL, level, null, null, null);
	}

}
