package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.itss.engine.Assessment;
import dev.itss.engine.AssessmentEngine;
import dev.itss.engine.PackFile;
import dev.itss.engine.RulePack;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.read.DocumentFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedWithoutPacksTest {
    static final String SNAPSHOT = """
            organisation: {id: clinic, name: Clinic IT}
            period: {start: 2026-01-01, end: 2026-03-31}
            people:
              posts: [{id: desk, name: Service desk, requiredHeadcount: 4, responsibilitiesReviewedOn: 2026-01-10}]
              engineers: [{id: li, name: Li, post: desk, contractedHours: 480, workedHours: 400, workMode: ON_SITE}]
            """;

    static boolean present(String className) {
        try {
            Class.forName(className, false, EmbedWithoutPacksTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void theBuiltInRulesRunWithoutTheCompilerChain() {
        ServiceSnapshot snapshot = SnapshotReader.standard().read("snapshot.yaml", SNAPSHOT, DocumentFormat.YAML);
        Assessment assessment = AssessmentEngine.load().assess(snapshot);
        assertEquals(1, assessment.findings().ofRule("PPL-001").size(), assessment.findings().findings().toString());
        // neither the DRL parser, ECJ, javaparser, the model codegen nor the classic builder came with itss-rules
        for (String compiler : List.of("org.drools.drl.parser.DrlParser", "org.eclipse.jdt.internal.compiler.Compiler",
                "com.github.javaparser.JavaParser", "org.drools.model.codegen.ExecutableModelProject", "org.drools.mvel.MVELConstraint",
                "dev.itss.packs.PackCompiler")) {
            assertFalse(present(compiler), compiler + " is on the class path of an application without packs");
        }
    }

    @Test
    void aPackWithoutItssPacksSaysWhichArtifactToAdd() {
        RulePack pack = RulePack.of("desk", List.of(new PackFile("desk.drl", "package desk;\n")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AssessmentEngine.builder().withPack(pack).build());
        assertTrue(e.getMessage().contains("dev.itss:itss-packs"), e.getMessage());
    }
}
