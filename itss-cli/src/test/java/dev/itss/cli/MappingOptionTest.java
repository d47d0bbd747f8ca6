package dev.itss.cli;

import static dev.itss.cli.ItssCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.cli.ItssCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --mapping: a file, else a preset; a misspelt preset lists the presets and the nearest, and a folder does not hide a preset. */
class MappingOptionTest {
    private static final String CALLS = "../itss-examples/src/main/resources/dev/itss/examples/hospital/records/calls.csv";

    @Test
    void aMisspeltPresetListsThePresetsAndTheNearest() {
        for (String command : new String[] {"kpi", "assess"}) {
            Run run = command.equals("kpi") ? run("kpi", "--records", CALLS, "--mapping", "callz")
                    : run("assess", "--snapshot", "../itss-examples/src/main/resources/dev/itss/examples/hospital/snapshot.yaml", "--records", CALLS,
                    "--mapping", "callz");
            assertThat(run.exitCode()).as(command).isEqualTo(ItssCommand.BAD_INPUT);
            assertThat(run.err()).as(command).contains("--mapping 'callz' is neither a mapping file nor a preset; the presets are [canonical, servicenow, jira, "
                    + "calls, spares, timesheets, knowledge]; did you mean 'calls'?").doesNotContain("file not found");
        }
    }

    @Test
    void aFolderNamedLikeAPresetDoesNotHideIt(@TempDir Path dir) throws Exception {
        Path folder = Path.of("calls");
        boolean made = !Files.exists(folder);
        if (made) {
            Files.createDirectory(folder);
        }
        try {
            Run run = run("kpi", "--records", CALLS, "--mapping", "calls");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("mapping calls");
        } finally {
            if (made) {
                Files.delete(folder);
            }
        }
        // a file of that name is the file: a mapping of one's own is never taken for a preset
        Path own = dir.resolve("calls");
        Files.writeString(own, "kind: calls\n");
        Run file = run("kpi", "--records", CALLS, "--mapping", own.toString());
        assertThat(file.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);   // the file was read, and it is no complete mapping
        assertThat(file.err()).contains(own + ":1:1: name: is required");
    }

    @Test
    void aNullInAMappingIsAPlacedProblemNotANullPointerException(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, """
                name: mine
                kind: tickets
                dateFormats: ["yyyy-MM-dd HH:mm", null]
                missing: [null]
                columns: {ticket: ticket, openedAt: null}
                events: {responseActivities: [null]}
                """);
        Run run = run("kpi", "--records", "../itss-examples/src/main/resources/dev/itss/examples/hospital/records/tickets.csv", "--mapping", mapping.toString());
        assertThat(run.exitCode()).isEqualTo(ItssCommand.BAD_INPUT);
        assertThat(run.err()).doesNotContain("NullPointerException").contains(mapping + ":3:", "dateFormats[1]", mapping + ":4:", "missing[0]",
                "columns[openedAt]", "events.responseActivities[0]");
    }
}
