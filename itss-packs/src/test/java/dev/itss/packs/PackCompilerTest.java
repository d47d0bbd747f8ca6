package dev.itss.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.PackFile;
import dev.itss.engine.RulePack;
import dev.itss.measure.Facts;
import dev.itss.read.InputProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackCompilerTest {
    static final LintContext CONTEXT = new LintContext(Set.of("people.post_staffing_rate", "desk.callback_rate"), Set.of("PPL-001"), Set.of(),
            Set.of("A-P-01"), Set.copyOf(Facts.TYPES));

    static final String HEADER = """
            package test.pack;
            import dev.itss.model.Post;
            import dev.itss.model.Engineer;
            import dev.itss.measure.Threshold;
            """;
    static final String META = """
                @id("%s") @element("PEOPLE") @severity("LOW") @domain("P-P-01") @lifecycle("L-3")
            """;

    static String rule(String id, String when, String then) {
        return "rule \"" + id + " test\"\n" + META.formatted(id) + "when\n" + when + "\nthen\n" + then + "\nend\n";
    }

    static CompiledPack compile(boolean trusted, PackFile... files) {
        return PackCompiler.compile(RulePack.of("p", List.of(files)), trusted, CONTEXT, PackCompilerTest.class.getClassLoader());
    }

    static String lines(CompiledPack compiled) {
        return String.join("\n", compiled.problems().stream().map(InputProblem::toString).toList());
    }

    @Test
    void aCleanPackCompilesToPackages() {
        CompiledPack compiled = compile(false, new PackFile("a.drl", HEADER + rule("DSK-001", "    Post( requiredHeadcount > 1 )", "")));
        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.packages()).flatExtracting(p -> p.getRules()).extracting(r -> r.getName()).containsExactly("DSK-001 test");
        assertThat(compiled.rules()).extracting(ParsedRule::id).containsExactly("DSK-001");
    }

    @Test
    void reportsSyntaxErrorsInTwoFilesAndAnUnknownFieldInAThirdAtOnceEachWithFileLineAndRule() {
        String a = HEADER + rule("DSK-001", "    Post( requiredHeadcount > 1", "");              // line 8 unfinished, 'then' at 9
        String b = HEADER + rule("DSK-002", "    $p : Post( )", "    int x = ;");                 // statement without operand
        String c = HEADER + rule("DSK-003", "    Post( requiredHeadcunt > 1 )", "");
        CompiledPack compiled = compile(false, new PackFile("rules/a.drl", a), new PackFile("rules/b.drl", b), new PackFile("rules/c.drl", c));
        List<InputProblem> problems = compiled.problems();
        assertThat(problems).extracting(InputProblem::source).containsExactly("p/rules/a.drl", "p/rules/b.drl", "p/rules/c.drl");
        InputProblem syntax = problems.get(0);
        assertThat(syntax.line()).as(lines(compiled)).contains(8);
        assertThat(syntax.path()).isEqualTo("rule \"DSK-001 test\"");   // the parser gave up on the file: named as the parser names it
        assertThat(syntax.message()).contains("this line is unfinished").contains("noticed at line 9");
        assertThat(problems.get(1).path()).isEqualTo("rule DSK-002");
        assertThat(problems.get(1).line()).isEqualTo(Optional.of(10));
        InputProblem field = problems.get(2);
        assertThat(field.line()).isEqualTo(Optional.of(8));
        assertThat(field.path()).isEqualTo("rule DSK-003");
        assertThat(field.message()).startsWith("unknown field 'requiredHeadcunt' of Post; did you mean 'requiredHeadcount'?");
        assertThat(compiled.packages()).isEmpty();
    }

    @Test
    void pointsAConsequenceErrorAtItsLine() {
        String drl = HEADER + rule("DSK-004", "    $p : Post( )", "    String n = $p.nme();");
        CompiledPack compiled = compile(false, new PackFile("d.drl", drl));
        assertThat(lines(compiled)).isEqualTo("p/d.drl:10: rule DSK-004: in the consequence: The method nme() is undefined for the type Post");
    }

    @Test
    void refusesFileAndProcessAccessAlsoWhenWrittenFullyQualified() {
        String drl = HEADER + "import java.io.File;\n" + rule("DSK-005", "    $p : Post( )", """
                    try { Runtime.getRuntime().exec("rm -rf /"); } catch (Exception e) { }
                    String s = java.nio.file.Files.readString(java.nio.file.Path.of("/etc/passwd"));
                    System.exit(1);
                    Class.forName("x");
                """);
        CompiledPack compiled = compile(false, new PackFile("evil.drl", drl));
        assertThat(lines(compiled))
                .contains("p/evil.drl:5: refused: 'java.io' reaches the file system")
                .contains("p/evil.drl:11: rule DSK-005: refused: 'Runtime' starts or controls processes")
                .contains("p/evil.drl:12: rule DSK-005: refused: 'java.nio' reaches the file system")
                .contains("p/evil.drl:13: rule DSK-005: refused: 'System.exit' reaches the JVM")
                .contains("p/evil.drl:14: rule DSK-005: refused: 'Class.forName' loads classes or code");
        assertThat(compiled.packages()).isEmpty();
    }

    @Test
    void aTrustedPackIsNotRefusedButStillLinted() {
        String drl = HEADER + rule("DSK-006", "    $p : Post( requiredHeadcount > 3 )", "    java.io.File f = new java.io.File(\"x\");");
        CompiledPack compiled = compile(true, new PackFile("t.drl", drl));
        assertThat(lines(compiled)).doesNotContain("refused").contains("threshold number 3 inside a constraint");
    }

    @Test
    void callsInCommentsAndStringsAreNotRefused() {
        String drl = HEADER + "// Runtime.getRuntime() is refused\n" + rule("DSK-007", "    $p : Post( name != \"java.io.File\" )", "");
        assertThat(compile(false, new PackFile("c.drl", drl)).problems()).isEmpty();
    }

    @Test
    void refusesThresholdNumbersInConstraintsButNotZeroAndOne() {
        String drl = HEADER + rule("DSK-008", """
                    Post( requiredHeadcount > 1, $id : id )
                    accumulate( Engineer( post == $id ); $n : count(); $n == 0 )
                    Post( requiredHeadcount < 2.5 )
                """, "");
        CompiledPack compiled = compile(false, new PackFile("n.drl", drl));
        assertThat(compiled.problems()).extracting(InputProblem::message).singleElement().asString()
                .startsWith("threshold number 2.5 inside a constraint; bounds come from the policy");
        assertThat(compiled.problems().get(0).line()).contains(10);
    }

    @Test
    void namesUnknownMetricsTemplatesAndInputsAndMissingMetadata() {
        String drl = HEADER + rule("DSK-009", "    Threshold( metric == \"desk.calback_rate\" )", "")
                + "rule \"no metadata\"\nwhen\n    Post( )\nthen\nend\n"
                + rule("PPL-001", "    Post( )", "")
                + rule("DSK-009", "    Post( )", "");
        String withInputs = drl.replace("@lifecycle(\"L-3\")\nwhen\n    Threshold", "@lifecycle(\"L-3\") @inputs(\"Postt,desk.callback\")\nwhen\n    Threshold");
        CompiledPack compiled = compile(false, new PackFile("m.drl", withInputs));
        assertThat(lines(compiled))
                .contains("unknown metric 'desk.calback_rate'; did you mean 'desk.callback_rate'?")
                .contains("@inputs names 'Postt', which is no fact type; did you mean 'Post'?")
                .contains("@inputs names unknown metric 'desk.callback'")
                .contains("rule \"no metadata\": @id is missing")
                .contains("rule PPL-001: PPL-001 is a built-in rule; to replace it, list it under replaces in pack.yaml")
                .contains("rule DSK-009: id DSK-009 is used twice");
    }
}
