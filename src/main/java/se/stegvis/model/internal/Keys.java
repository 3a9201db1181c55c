package se.stegvis.model.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The keys of one kind seen so far in a document, to report a key given twice with where it was first. */
final class Keys {

	private final Map<String, String> firstPath = new LinkedHashMap<>();

	private final Problems problems;

	Keys(Problems problems) {
		this.problems = problems;
	}

	/** Registers a key found at {@code path}; a repeat is reported there. A null key is ignored. */
	void register(@Nullable String key, String path) {
		if (key == null) {
			return;
		}
		String first = this.firstPath.putIfAbsent(key, path);
		if (first != null) {
			this.problems.add(path, "model.problem.duplicateKey", key, first);
		}
	}

	boolean contains(String key) {
		return this.firstPath.containsKey(key);
	}

	Set<String> all() {
		return this.firstPath.keySet();
	}

}
