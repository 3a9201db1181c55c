package se.stegvis.chart;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The charts are pure: they draw from values, with no Spring, no database and no other feature but scoring. */
class ChartArchitectureTest {

	private final JavaClasses chart = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.stegvis.chart");

	@Test
	void chartsDependOnNothingButScoringAndTheJdk() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("se.stegvis.chart..", "se.stegvis.scoring..", "java..", "org.jspecify..")
			.check(this.chart);
	}

}
