package se.stegvis.model.internal;

import java.util.ArrayList;
import java.util.List;

import se.stegvis.model.ModelProblem;

/** Collects the problems of one document in the order they are found. */
public final class Problems {

	private final List<ModelProblem> found = new ArrayList<>();

	public void add(String path, String code, Object... arguments) {
		this.found.add(ModelProblem.of(path, code, arguments));
	}

	public void addAll(List<ModelProblem> problems) {
		this.found.addAll(problems);
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public List<ModelProblem> list() {
		return List.copyOf(this.found);
	}

	/** {@code base.field}, or just {@code field} at the top of the document. */
	static String field(String base, String field) {
		return base.isEmpty() ? field : base + "." + field;
	}

	static String index(String base, int index) {
		return base + "[" + index + "]";
	}

}
