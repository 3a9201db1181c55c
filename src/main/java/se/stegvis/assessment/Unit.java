package se.stegvis.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A part of an organisation: a förvaltning, or an enhet under one.
 *
 * @param parentId the förvaltning an enhet belongs to; null for a förvaltning (top level)
 * @param path the names from the top down, e.g. ["Socialförvaltningen", "Hemtjänst Norr"]
 */
public record Unit(long id, String organisationCode, @Nullable Long parentId, String name, List<String> path) {

	public Unit {
		path = List.copyOf(path);
	}

	/** "Socialförvaltningen › Hemtjänst Norr". */
	public String label() {
		return String.join(" › ", this.path);
	}

}
