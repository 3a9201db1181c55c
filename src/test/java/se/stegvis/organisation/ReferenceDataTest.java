package se.stegvis.organisation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

import se.stegvis.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped reference facts are all there after start, on H2 and on PostgreSQL. */
@IntegrationTest
class ReferenceDataTest {

	@Autowired
	OrganisationCatalog catalog;

	@Test
	void all290MunicipalitiesAreLoaded() {
		List<Organisation> municipalities = this.catalog
			.search(new OrganisationFilter(null, null, null, null, OrganisationType.MUNICIPALITY));
		assertThat(municipalities).hasSize(290);
		assertThat(municipalities).allSatisfy((m) -> {
			assertThat(m.code()).matches("\\d{4}");
			assertThat(m.regionCode()).isNotNull();
			assertThat(m.municipalityGroup()).isNotNull();
			assertThat(m.municipalityMainGroup()).isEqualTo(m.municipalityGroup().substring(0, 1));
		});
	}

	@Test
	void everyOrganisationsNameIsKnownByItsCodeAndAnUnknownCodeHasNone() {
		for (Organisation organisation : this.catalog.search(OrganisationFilter.all())) {
			assertThat(this.catalog.name(organisation.code())).contains(organisation.name());
		}
		assertThat(this.catalog.name("0180")).contains("Stockholm");
		assertThat(this.catalog.name("9999")).isEmpty();
	}

	@Test
	void all21CountiesAndTheirRegionsAreLoaded() {
		assertThat(this.catalog.counties()).hasSize(21);
		assertThat(this.catalog.search(new OrganisationFilter(null, null, null, null, OrganisationType.REGION)))
			.hasSize(21)
			.extracting(Organisation::name)
			.contains("Region Skåne", "Västra Götalandsregionen", "Region Gotland");
	}

	@Test
	void nineMunicipalityGroupsInThreeMainGroups() {
		assertThat(this.catalog.municipalityGroups()).extracting(MunicipalityGroup::code)
			.containsExactly("A1", "A2", "B3", "B4", "B5", "C6", "C7", "C8", "C9");
		assertThat(this.catalog.municipalityMainGroups()).extracting(MunicipalityMainGroup::code)
			.containsExactly("A", "B", "C");
	}

	@Test
	void municipalityFactsMatchTheSource() {
		Organisation stockholm = this.catalog.findByCode("0180").orElseThrow();
		assertThat(stockholm.name()).isEqualTo("Stockholm");
		assertThat(stockholm.municipalityGroup()).isEqualTo("A1");
		assertThat(stockholm.regionName()).isEqualTo("Region Stockholm");
		Organisation kiruna = this.catalog.findByCode("2584").orElseThrow();
		assertThat(kiruna.countyName()).isEqualTo("Norrbottens län");
		assertThat(kiruna.municipalityMainGroup()).isEqualTo("C");
	}

	@Test
	void groupSizesAddUpTo290() {
		int sum = this.catalog.municipalityGroups()
			.stream()
			.mapToInt((g) -> this.catalog.search(new OrganisationFilter(null, null, g.code(), null, null)).size())
			.sum();
		assertThat(sum).isEqualTo(290);
		assertThat(this.catalog.search(new OrganisationFilter(null, null, "A1", null, null))).extracting(Organisation::name)
			.containsExactly("Göteborg", "Malmö", "Stockholm");
	}

	@Test
	void namesSortInSwedishOrderWithÅÄÖLast() {
		List<String> names = this.catalog.search(new OrganisationFilter(null, null, null, null, OrganisationType.MUNICIPALITY))
			.stream()
			.map(Organisation::name)
			.toList();
		assertThat(names.get(0)).isEqualTo("Ale");
		assertThat(names.subList(names.size() - 3, names.size())).containsExactly("Östra Göinge", "Överkalix", "Övertorneå");
		assertThat(names.indexOf("Åre")).isLessThan(names.indexOf("Älmhult"));
		assertThat(names.indexOf("Ängelholm")).isLessThan(names.indexOf("Örebro"));
		assertThat(names.indexOf("Ydre")).isLessThan(names.indexOf("Åre"));
	}

	@Test
	void loadingAgainAtTheNextStartChangesNothing(@Autowired List<ApplicationRunner> runners) throws Exception {
		ApplicationRunner loader = runners.stream()
			.filter((r) -> r.getClass().getSimpleName().startsWith("ReferenceDataLoader"))
			.findFirst()
			.orElseThrow();
		loader.run(new DefaultApplicationArguments());
		assertThat(this.catalog.search(OrganisationFilter.all())).hasSize(290 + 21);
		assertThat(this.catalog.findByCode("0180").orElseThrow().municipalityGroup()).isEqualTo("A1");
	}

}
