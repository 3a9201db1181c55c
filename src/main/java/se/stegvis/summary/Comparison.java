package se.stegvis.summary;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.stegvis.scoring.ComparisonEntry;
import se.stegvis.scoring.ScopeKey;
import se.stegvis.scoring.SuppressionReason;

/**
 * One comparison group's figures (DESIGN.md §3), all unrounded.
 *
 * @param groupCode the länskod, municipality group or main group; null for NATIONAL
 * @param label the group's name for people, e.g. "Riket", "Skåne län"
 * @param n the organisations counted (each with its latest eligible round)
 * @param entries scope → n, mean, median and quartiles or the reason they are withheld; every scope that any
 *     counted round has
 * @param computedAt when the figures were computed
 */
public record Comparison(ComparisonScope scope, @Nullable String groupCode, String label, int n,
		Map<ScopeKey, ComparisonEntry> entries, Instant computedAt) {

	public Comparison {
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	/** The entry of a scope; NO_DATA with n = 0 when no counted round has it. */
	public ComparisonEntry entry(ScopeKey scope) {
		ComparisonEntry entry = this.entries.get(scope);
		return entry != null ? entry : ComparisonEntry.suppressed(0, SuppressionReason.NO_DATA);
	}

	/** The same figures under another label (the label depends on the reader's language). */
	public Comparison withLabel(String newLabel) {
		return new Comparison(this.scope, this.groupCode, newLabel, this.n, this.entries, this.computedAt);
	}

}
