package se.stegvis.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.stegvis.organisation.internal.OrganisationRows;
import se.stegvis.web.SwedishOrder;

/**
 * Reads organisations and the reference facts about them. Every list is sorted by name in Swedish order
 * (å, ä, ö last).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationCatalog {

	private final OrganisationRows rows;

	/** Code to name; names come only with the reference data's migrations, so they never change while running. */
	private volatile @Nullable Map<String, String> names;

	OrganisationCatalog(OrganisationRows rows) {
		this.rows = rows;
	}

	/**
	 * The name of an organisation, from memory after the first call (the summary page shows it on every request).
	 */
	public Optional<String> name(String code) {
		Map<String, String> known = this.names;
		if (known == null) {
			known = this.rows.findAll().stream().collect(Collectors.toUnmodifiableMap(Organisation::code, Organisation::name));
			this.names = known;
		}
		return Optional.ofNullable(known.get(code));
	}

	/**
	 * Lists the organisations that match the filter.
	 * @throws UnknownReferenceException when the filter names a county or group that does not exist
	 */
	public List<Organisation> search(OrganisationFilter filter) {
		requireKnown("region", filter.regionCode(), this.rows.countyExists(filter.regionCode()));
		requireKnown("group", filter.municipalityGroup(), this.rows.groupExists(filter.municipalityGroup()));
		requireKnown("mainGroup", filter.municipalityMainGroup(),
				this.rows.mainGroupExists(filter.municipalityMainGroup()));
		String query = blankToNull(filter.query());
		return this.rows.findAll()
			.stream()
			.filter((o) -> matches(o, filter, query))
			.sorted(Comparator.comparing(Organisation::name, SwedishOrder.comparator()))
			.toList();
	}

	public Optional<Organisation> findByCode(String code) {
		return this.rows.findByCode(code);
	}

	/** Marks an organisation as one that uses Stegvis; a no-op for one that already does. */
	@Transactional
	public void activate(String code) {
		if (this.rows.activate(code) == 0) {
			throw new IllegalArgumentException("No organisation with code " + code);
		}
	}

	public List<County> counties() {
		return this.rows.counties().stream().sorted(Comparator.comparing(County::name, SwedishOrder.comparator())).toList();
	}

	public List<MunicipalityGroup> municipalityGroups() {
		return this.rows.groups();
	}

	public List<MunicipalityMainGroup> municipalityMainGroups() {
		return this.rows.mainGroups();
	}

	private static boolean matches(Organisation o, OrganisationFilter filter, @Nullable String query) {
		return equalsIfGiven(filter.regionCode(), o.regionCode())
				&& equalsIfGiven(filter.municipalityGroup(), o.municipalityGroup())
				&& equalsIfGiven(filter.municipalityMainGroup(), o.municipalityMainGroup())
				&& (filter.type() == null || filter.type() == o.type())
				&& (query == null || o.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT))
						|| o.code().equals(query));
	}

	private static boolean equalsIfGiven(@Nullable String wanted, @Nullable String actual) {
		String w = blankToNull(wanted);
		return w == null || w.equalsIgnoreCase(actual == null ? "" : actual);
	}

	private static void requireKnown(String field, @Nullable String value, boolean exists) {
		if (blankToNull(value) != null && !exists) {
			throw new UnknownReferenceException(field, value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
