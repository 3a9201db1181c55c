package se.stegvis.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.math.BigDecimal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ScoringArchitectureTest {

    private final JavaClasses scoring = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.stegvis.scoring");

    @Test
    void scoringDependsOnNothingButTheJdkAndJspecify() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("se.stegvis.scoring..", "java..", "org.jspecify..")
                .check(scoring);
    }

    @Test
    void scoringUsesNoBinaryFloatingPoint() {
        noFields().should().haveRawType(double.class).orShould().haveRawType(float.class).check(scoring);
        noMethods().should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
                .check(scoring);
        noClasses().should().callMethod(BigDecimal.class, "doubleValue")
                .orShould().callMethod(BigDecimal.class, "floatValue")
                .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
                .orShould().callConstructor(BigDecimal.class, double.class)
                .check(scoring);
    }
}
