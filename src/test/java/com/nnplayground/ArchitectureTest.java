package com.nnplayground;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** Keeps the layering true: a plain-Java engine, plain-Java domain packages, and services that know nothing of the UI. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.nnplayground");

    /** The packages of plain Java: what the page shows and the command line prints, without a server. */
    private static final String[] PLAIN_JAVA = {"com.nnplayground.dataset", "com.nnplayground.experiment",
            "com.nnplayground.results", "com.nnplayground.cli", "com.nnplayground.pictures", "com.nnplayground.replay",
            "com.nnplayground.compare", "com.nnplayground.maths", "com.nnplayground.diagnosis"};

    @Test
    void the_engine_is_plain_java() {
        classes().that().resideInAPackage("com.nnplayground.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jdk.incubator.vector..",
                        "com.nnplayground.engine..")
                .check(MAIN);
    }

    @Test
    void data_experiments_results_pictures_and_the_cli_know_nothing_of_vaadin_or_spring() {
        noClasses().that().resideInAnyPackage(PLAIN_JAVA)
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..")
                .check(MAIN);
    }

    @Test
    void the_memory_model_and_budgets_are_plain_java() {
        noClasses().that().resideInAPackage("com.nnplayground.capacity")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "..ui..")
                .check(MAIN);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().resideInAnyPackage(PLAIN_JAVA).or().resideInAnyPackage("com.nnplayground.training",
                        "com.nnplayground.engine..", "com.nnplayground.diagnostics")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..",
                        "com.nnplayground.playground..", "com.nnplayground.chart..")
                .check(MAIN);
    }

    @Test
    void the_parts_of_the_page_do_not_reach_into_the_page_that_holds_them() {
        noClasses().that().resideOutsideOfPackage("com.nnplayground.playground")
                .should().dependOnClassesThat().resideInAPackage("com.nnplayground.playground")
                .check(MAIN);
    }

    /** The engine and its kernels are one part: its API builds the kernels, which implement its interfaces. */
    @Test
    void no_two_packages_depend_on_each_other() {
        SlicesRuleDefinition.slices().matching("com.nnplayground.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("com.nnplayground.engine.."),
                        resideInAPackage("com.nnplayground.engine.."))
                .check(MAIN);
    }
}
