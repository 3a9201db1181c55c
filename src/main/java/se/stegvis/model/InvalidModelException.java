package se.stegvis.model;

import java.util.List;

/** A model document that cannot be imported: every problem found, none left out. Nothing was stored. */
public class InvalidModelException extends RuntimeException {

	private final List<ModelProblem> problems;

	public InvalidModelException(List<ModelProblem> problems) {
		super("The model has " + problems.size() + " problem(s): " + problems);
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid model has at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** The problems in document order, never empty. */
	public List<ModelProblem> problems() {
		return this.problems;
	}

}
