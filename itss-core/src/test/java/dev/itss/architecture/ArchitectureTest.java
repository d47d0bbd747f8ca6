package dev.itss.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module and package rules (docs/design.md) for itss-core: no Drools, and each stage of the flow
 * (validate → measure → detect → report) depends only on earlier ones.
 */
@AnalyzeClasses(packages = "dev.itss", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** itss-core is the engine-neutral API: Drools lives in itss-rules only. */
    @ArchTest
    static final ArchRule coreHasNoDroolsDependency = noClasses().that().resideInAPackage("dev.itss..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .because("itss-core must stay engine-neutral; the Drools engine lives in itss-rules");

    /** No stage reaches back into an earlier one. */
    @ArchTest
    static final ArchRule stagesOnlyLookBack = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("read").definedBy("dev.itss.read..")
            .layer("model").definedBy("dev.itss.model..")
            .layer("policy").definedBy("dev.itss.policy..")
            .layer("records").definedBy("dev.itss.records..")
            .layer("measure").definedBy("dev.itss.measure..")
            .layer("check").definedBy("dev.itss.check..")
            .layer("improve").definedBy("dev.itss.improve..")
            .layer("engine").definedBy("dev.itss.engine..")
            .layer("report").definedBy("dev.itss.report..")
            .whereLayer("report").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("report")
            .whereLayer("improve").mayOnlyBeAccessedByLayers("engine", "report")
            .whereLayer("check").mayOnlyBeAccessedByLayers("improve", "engine", "report")
            .whereLayer("measure").mayOnlyBeAccessedByLayers("check", "improve", "engine", "report")
            .whereLayer("records").mayOnlyBeAccessedByLayers("measure", "check", "improve", "engine", "report")
            .whereLayer("policy").mayOnlyBeAccessedByLayers("records", "measure", "check", "improve", "engine", "report")
            .whereLayer("model").mayOnlyBeAccessedByLayers("records", "policy", "measure", "check", "improve", "engine", "report");
}
