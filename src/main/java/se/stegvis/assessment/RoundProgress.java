package se.stegvis.assessment;

/**
 * How far the answering has come.
 *
 * @param answered indicators with an answer: the group's in GROUP mode; in INDIVIDUAL mode those with a
 *     consensus or at least one participant's answer
 * @param total indicators in the round's areas
 */
public record RoundProgress(int answered, int total) {

	/** Whole percent answered, 0..100 (rounded down, so 100 only when everything is answered). */
	public int percent() {
		return this.total == 0 ? 0 : this.answered * 100 / this.total;
	}

}
