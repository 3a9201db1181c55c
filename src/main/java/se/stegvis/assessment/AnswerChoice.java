package se.stegvis.assessment;

import se.stegvis.scoring.IndicatorValue;

/** What an answer says, as the API and the forms spell it. */
public enum AnswerChoice {

	/** A level on the model's scale (the answer then has a level). */
	LEVEL,

	/** "Vet ej". */
	DONT_KNOW,

	/** "Ej relevant". */
	NOT_APPLICABLE;

	/** The value this choice gives with the level (which is only read for {@link #LEVEL}). */
	public IndicatorValue toValue(int level) {
		return switch (this) {
			case LEVEL -> IndicatorValue.level(level);
			case DONT_KNOW -> IndicatorValue.DONT_KNOW;
			case NOT_APPLICABLE -> IndicatorValue.NOT_APPLICABLE;
		};
	}

}
