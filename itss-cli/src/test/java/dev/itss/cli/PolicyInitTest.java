package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.check.Finding;
import dev.itss.cli.ItssCommandTest.Run;
import dev.itss.engine.AssessmentEngine;
import dev.itss.examples.SampleOrganisation;
import dev.itss.model.ServiceSnapshot;
import dev.itss.policy.Policy;
import dev.itss.policy.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** itss policy init writes the default policy, commented, which assesses exactly as the default does. */
class PolicyInitTest {

    @Test
    void theWrittenPolicyIsTheDefaultOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Run written = run("policy", "init", "--output", file.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEmpty();   // the report went to the file
        String text = Files.readString(file);
        assertThat(text).contains("# M-R-05 Service-desk answer rate / 服务台接听率; higher is better", "requiredProcesses: [", "ticketSla:", "waivers: []");

        AssessmentEngine engine = AssessmentEngine.load();
        Policy read = PolicyReader.standard().read(file);
        engine.checkPolicy(read);
        assertThat(read.bands()).hasSize(engine.thresholds(engine.defaultPolicy()).size());
        ServiceSnapshot hospital = SampleOrganisation.HOSPITAL.snapshot();
        Policy laidOver = engine.defaultPolicy().overriddenBy(read);
        assertThat(keys(engine.assess(hospital, laidOver).findings().findings()))
                .isEqualTo(keys(engine.assess(hospital, engine.defaultPolicy()).findings().findings()));
        assertThat(engine.thresholds(laidOver)).isEqualTo(engine.thresholds(engine.defaultPolicy()));
        assertThat(laidOver.ticketSla()).isEqualTo(engine.defaultPolicy().ticketSla());

        // the assess command takes it as it is
        Run assessed = run("assess", "--snapshot", "../itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml", "--policy", file.toString());
        assertThat(assessed.exitCode()).as(assessed.err()).isZero();
    }

    @Test
    void outputToAFolderThatDoesNotExistIsExitTwo(@TempDir Path dir) {
        Run run = run("policy", "init", "--output", dir.resolve("no/such/policy.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(run.err()).contains("does not exist");
        assertThat(run("rules", "list", "--output", dir.toString()).err()).contains("is a folder");
    }

    @Test
    void everyRenderingCommandWritesToOutputAndTheShellCompletionIsGenerated(@TempDir Path dir) throws Exception {
        String hospital = "../itss-examples/src/main/resources/dev/itss/examples/hospital";
        List<List<String>> commands = List.of(List.of("demo"), List.of("assess", "--snapshot", hospital + "/snapshot.yaml"),
                List.of("verify", "--plan", hospital + "/history/2026-Q2/plan.yaml", "--snapshot", hospital + "/snapshot.yaml"),
                List.of("diff", hospital + "/history/2026-Q1", hospital + "/history/2026-Q2"),
                List.of("review", "--level", "monthly", "--history", hospital),
                List.of("kpi", "--records", hospital + "/records/calls.csv", "--mapping", "calls"),
                List.of("rules", "list"), List.of("metrics", "list", "--format", "json"));
        for (List<String> command : commands) {
            Run toTerminal = run(command.toArray(String[]::new));
            Path file = dir.resolve(command.get(0) + ".out");
            List<String> withOutput = new java.util.ArrayList<>(command);
            withOutput.addAll(List.of("--output", file.toString()));
            Run toFile = run(withOutput.toArray(String[]::new));
            assertThat(toFile.exitCode()).as(command + ": " + toFile.err()).isZero();
            assertThat(toFile.out()).as(command.toString()).isEmpty();
            assertThat(Files.readString(file)).as(command.toString()).isEqualTo(toTerminal.out()).isNotEmpty();
        }
        Run completion = run("generate-completion");
        assertThat(completion.out()).contains("itss Bash Completion", "review", "policy");
    }

    @Test
    void theHelpOfEveryCommandShowsAnExample() {
        List<List<String>> commands = List.of(List.of("demo"), List.of("assess"), List.of("plan"), List.of("verify"), List.of("diff"), List.of("review"),
                List.of("kpi"), List.of("policy", "init"), List.of("rules", "list"), List.of("rules", "check"), List.of("metrics", "list"));
        for (List<String> command : commands) {
            List<String> help = new java.util.ArrayList<>(command);
            help.add("--help");
            Run run = run(help.toArray(String[]::new));
            assertThat(run.exitCode()).as(command.toString()).isZero();
            assertThat(run.out()).as(command.toString()).contains("Example:", "  itss " + String.join(" ", command));
        }
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).sorted().toList();
    }
}
