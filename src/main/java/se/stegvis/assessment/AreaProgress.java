package se.stegvis.assessment;

/** The answered indicators of one area for the task list of the answer page. */
public record AreaProgress(String areaKey, int answered, int total, int carriedOver) {

	public boolean isComplete() {
		return this.answered == this.total;
	}

}
