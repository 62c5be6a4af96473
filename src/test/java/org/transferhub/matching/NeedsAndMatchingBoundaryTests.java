package org.transferhub.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Matching reads needs and listings; needs must not know about matching (it tells it through NeedChangeListener). */
class NeedsAndMatchingBoundaryTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.transferhub.needs", "org.transferhub.matching");

    @Test
    void needsDoNotDependOnMatching() {
        noClasses().that().resideInAPackage("org.transferhub.needs..")
                .should().dependOnClassesThat().resideInAPackage("org.transferhub.matching..")
                .check(classes);
    }

    @Test
    void matchingUsesTheSearchEngineOnlyThroughTextRelevance() {
        noClasses().that().resideInAPackage("org.transferhub.matching..")
                .should().dependOnClassesThat().resideInAPackage("org.transferhub.search..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
