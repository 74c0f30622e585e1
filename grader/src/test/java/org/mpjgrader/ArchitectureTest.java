package org.mpjgrader;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mpjgrader.spec.GeneratorKind;
import org.mpjgrader.spec.InputGenerator;

/** Dependencies point one way: command line, batch, reports, grading, then checks, specs, launching and the result model. */
// One instance for all the rules: importing the classes (and what they use) takes seconds, once is enough.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.mpjgrader");

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.mpjgrader.cli..")
            .layer("batch").definedBy("org.mpjgrader.batch..")
            .layer("report").definedBy("org.mpjgrader.report..")
            .layer("grading").definedBy("org.mpjgrader.grading..")
            .layer("spec").definedBy("org.mpjgrader.spec..")
            .layer("check").definedBy("org.mpjgrader.check..")
            .layer("launch").definedBy("org.mpjgrader.launch..")
            .layer("compile").definedBy("org.mpjgrader.compile..")
            .layer("submission").definedBy("org.mpjgrader.submission..")
            .layer("result").definedBy("org.mpjgrader.result..")
            .layer("files").definedBy("org.mpjgrader.files..")
            .layer("runner").definedBy("org.mpjgrader.runner..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("batch").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "batch")
            .whereLayer("grading").mayOnlyBeAccessedByLayers("cli", "report", "batch")
            .whereLayer("spec").mayOnlyBeAccessedByLayers("cli", "grading", "batch")
            .whereLayer("check").mayOnlyBeAccessedByLayers("spec", "grading")
            .whereLayer("launch").mayOnlyBeAccessedByLayers("check", "spec", "grading", "batch", "cli")
            .whereLayer("compile").mayOnlyBeAccessedByLayers("grading", "cli")
            .whereLayer("submission").mayOnlyBeAccessedByLayers("grading", "batch")
            .whereLayer("runner").mayOnlyBeAccessedByLayers("launch")
            .check(classes);
    }

    @Test
    void theCoursesOwnKindsBuildOnTheChecksLibraryAlone() {
        // The course's kinds compile with the tests (grader/pom.xml), so they are imported from test-classes.
        JavaClasses course = new ClassFileImporter()
            .withImportOption(location -> !location.matches(Pattern.compile(".*Test(\\$.*)?\\.class")))
            .importPackages("course.checks");
        classes().that().resideInAPackage("course.checks..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("course.checks..", "java..", "org.mpjgrader.check..",
                    "org.mpjgrader.launch..", "org.mpjgrader.result..", "com.fasterxml.jackson.databind..")
                .or(belongToAnyOf(GeneratorKind.class, InputGenerator.class)))
            .because("a course's kinds build on the grader's check library and its plug-in points, not on how it "
                + "grades")
            .check(course);
        noClasses().that().resideInAPackage("org.mpjgrader..").should().dependOnClassesThat()
            .resideInAPackage("course..").because("the grader knows no lesson by name").check(classes);
    }

    @Test
    void theResultModelDependsOnNothingOfTheGrader() {
        noClasses().that().resideInAPackage("org.mpjgrader.result..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.mpjgrader.result..", "java..")
            .because("every report reads the result model, which must not pull the rest in")
            .check(classes);
    }

    @Test
    void theRunnerDependsOnTheJdkAndAsmAlone() {
        noClasses().that().resideInAPackage("org.mpjgrader.runner..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.mpjgrader.runner..", "java..", "javax..",
                "com.sun.management..", "jdk..", "org.objectweb.asm")
            .check(classes);
    }

    /** The weavers, and the scan of a program's class for the grader's classes it uses (reads, never writes). */
    @Test
    void onlyTheWeaverUsesAsm() {
        noClasses().that().resideInAPackage("org.mpjgrader.runner..")
            .and().haveNameNotMatching("org\\.mpjgrader\\.runner\\.(MpiCallWeaver|WorkWeaver|GraderReferences)(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..")
            .check(classes);
    }

    @Test
    void checksNeverLaunchAnything() {
        noClasses().that().resideInAPackage("org.mpjgrader.check..")
            .should().dependOnClassesThat().haveSimpleName("Launcher")
            .orShould().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
            .check(classes);
    }
}
