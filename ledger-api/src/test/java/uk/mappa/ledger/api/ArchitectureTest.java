package uk.mappa.ledger.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.mappa.ledger");

    @Test
    void theCoreKnowsNothingOfSpringWebOrPersistence() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "org.hibernate..", "uk.mappa.ledger.projections..", "uk.mappa.ledger.api..")
                .check(LEDGER);
    }

    @Test
    void projectionsDoNotReachIntoTheApi() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.mappa.ledger.api..", "org.springframework.web..")
                .check(LEDGER);
    }

    /** The log seals what is stored, whatever wrote it: it knows nothing of the web, the read models or Axon. */
    @Test
    void theLogKnowsNothingOfTheWebTheReadModelsOrAxon() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.log..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.mappa.ledger.api..",
                        "uk.mappa.ledger.projections..", "org.springframework.web..", "jakarta.servlet..",
                        "org.axonframework..")
                .check(LEDGER);
    }

    @Test
    void theApiUsesOnlyThePublicQueriesAndViewsOfProjections() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.api..")
                .should().dependOnClassesThat(describe("projection internals", (JavaClass target) ->
                        target.getPackageName().startsWith("uk.mappa.ledger.projections")
                                && (!target.getModifiers().contains(JavaModifier.PUBLIC)
                                || target.isAnnotatedWith(jakarta.persistence.Entity.class))))
                .check(LEDGER);
    }

    /** One path from a command to its response: requests send commands through Commands, never the gateway. */
    @Test
    void commandsReachTheDomainOnlyThroughCommands() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.api..")
                .and().doNotHaveFullyQualifiedName("uk.mappa.ledger.api.access.Commands")
                .and().resideOutsideOfPackage("uk.mappa.ledger.api.seed..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.commandhandling.gateway.CommandGateway")
                .check(LEDGER);
    }

    /** Shares are what later features build on, so the share rules never import them back (no cycles). */
    @Test
    void sharesKnowNothingOfTheFeaturesBuiltOnThem() {
        noClasses().that().resideInAPackage("uk.mappa.ledger.core.share..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.mappa.ledger.core.minutes..",
                        "uk.mappa.ledger.core.foi..", "uk.mappa.ledger.core.contact..", "uk.mappa.ledger.core.csods..",
                        "uk.mappa.ledger.core.meeting..", "uk.mappa.ledger.core.sfo..")
                .check(LEDGER);
    }
}
