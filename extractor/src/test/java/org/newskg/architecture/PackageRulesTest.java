package org.newskg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled product classes (tests may reach across).
 * One package per pipeline stage, each depending on earlier stages only: ingest → nlp → extract → resolve → rdf →
 * pipeline → store → load → derive → query/explore/serve → cli. A slice is a top-level package with its
 * sub-packages ({@code ingest.warc} is part of {@code ingest}).
 */
class PackageRulesTest {
    static JavaClasses product;

    @BeforeAll
    static void importClasses() {
        // The module's compiled product classes only: scanning the classpath for the package takes a minute.
        product = new ClassFileImporter().importPath(Path.of("target/classes"));
        assertTrue(product.size() > 100, "the product classes are under target/classes: " + product.size());
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.newskg.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void storeAndLoadNeverImportTheDerivation() {
        noClasses().that().resideInAnyPackage("org.newskg.store..", "org.newskg.load..")
                .should().dependOnClassesThat().resideInAPackage("org.newskg.derive..")
                .because("the loaders are given the derived layer through store.Derivation, wired by the command line")
                .check(product);
    }

    @Test
    void storeStaysBelowTheStagesThatUseIt() {
        noClasses().that().resideInAPackage("org.newskg.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newskg.load..", "org.newskg.derive..", "org.newskg.query..",
                        "org.newskg.serve..", "org.newskg.explore..", "org.newskg.cli..", "org.newskg.pipeline..")
                .check(product);
    }

    @Test
    void onlyTheCommandLineImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.newskg.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.newskg.cli..")
                .check(product);
    }
}
