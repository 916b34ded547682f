package com.nnplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layering true: a plain-Java engine, and services that know nothing of the UI. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.nnplayground");

    @Test
    void the_engine_is_plain_java() {
        classes().that().resideInAPackage("com.nnplayground.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.nnplayground.engine..")
                .check(MAIN);
    }

    @Test
    void data_experiments_and_the_cli_know_nothing_of_vaadin_or_spring() {
        noClasses().that().resideInAnyPackage("com.nnplayground.dataset", "com.nnplayground.experiment",
                        "com.nnplayground.cli")
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
        noClasses().that().resideInAnyPackage("com.nnplayground.training", "com.nnplayground.dataset",
                        "com.nnplayground.experiment", "com.nnplayground.engine", "com.nnplayground.cli")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
                .check(MAIN);
    }
}
