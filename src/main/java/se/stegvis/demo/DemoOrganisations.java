package se.stegvis.demo;

import java.util.List;

/**
 * The municipalities that have demo data: spread over several län and all three of SKR's main groups, so
 * that comparisons by region and group have something to show.
 */
public final class DemoOrganisations {

	/** Kommunkoder; the comments give the name and SKR group. */
	public static final List<String> CODES = List.of(
			"0180", // Stockholm (A1)
			"0380", // Uppsala (B3)
			"2380", // Östersund (B3)
			"1280", // Malmö (A1)
			"1281", // Lund (B3)
			"1480", // Göteborg (A1)
			"1490", // Borås (B3)
			"1401", // Härryda (A2)
			"0581", // Norrköping (B3)
			"0580", // Linköping (B3)
			"2584", // Kiruna (C6)
			"0509", // Ödeshög (C7)
			"1262", // Lomma (A2)
			"0604", // Aneby (B4)
			"1283", // Helsingborg (B3)
			"1290", // Kristianstad (B3)
			"1287" // Trelleborg (A2)
	);

	/**
	 * The municipalities that get completed demo rounds (all but Östersund, whose rounds another seeder makes):
	 * six in Skåne and seven in SKR group B3, so that the county, the group and the country all reach k = 5.
	 */
	public static final List<String> WITH_ROUNDS = CODES.stream().filter((code) -> !"2380".equals(code)).toList();

	private DemoOrganisations() {
	}

}
