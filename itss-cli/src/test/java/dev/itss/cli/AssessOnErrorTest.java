package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --records ... --on-error skip}: the malformed rows of an export are skipped, the
 * rest is assessed, and the skipped rows are listed on the standard error with their lines, never
 * dropped silently; without the option the first malformed row stops the run (exit 2).
 */
class AssessOnErrorTest {
    private static final Path HOSPITAL = Path.of("../itss-examples/src/main/resources/dev/itss/examples/hospital");

    @Test
    void skippedRowsAreListedAndTheRestIsAssessed(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(Files.readAllLines(HOSPITAL.resolve("records/tickets.csv"), StandardCharsets.UTF_8));
        // line 3 of the file: a priority outside 1 to 5; line 6: a resolution before the opening
        rows.set(2, rows.get(2).replaceFirst(",RESOLVED,1,", ",RESOLVED,9,"));
        String[] cells = rows.get(5).split(",", -1);
        cells[3] = "2020-01-01 00:00";
        rows.set(5, String.join(",", cells));
        Path tickets = dir.resolve("tickets.csv");
        Files.write(tickets, rows, StandardCharsets.UTF_8);
        String snapshot = HOSPITAL.resolve("snapshot.yaml").toString();

        ItssCommandTest.Run stop = ItssCommandTest.run("assess", "--snapshot", snapshot, "--records", tickets.toString());
        assertThat(stop.exitCode()).isEqualTo(2);
        assertThat(stop.err()).contains(tickets + ":3");

        ItssCommandTest.Run skip = ItssCommandTest.run("assess", "--snapshot", snapshot, "--records", tickets.toString(), "--on-error", "skip", "--format", "json");
        assertThat(skip.exitCode()).as(skip.err()).isZero();
        assertThat(skip.err()).contains("itss: " + tickets + ": skipped 2 malformed row(s) under --on-error skip; the assessment measures the rest:",
                "  " + tickets + ":3", "  " + tickets + ":6");
        // the rest was measured: the export's tickets less the two skipped
        ItssCommandTest.Run whole = ItssCommandTest.run("kpi", "--records", HOSPITAL.resolve("records/tickets.csv").toString(), "--format", "json");
        long all = dev.itss.internal.Mappers.json().readTree(whole.out()).get("tickets").asLong();
        ItssCommandTest.Run rest = ItssCommandTest.run("kpi", "--records", tickets.toString(), "--on-error", "skip", "--format", "json");
        assertThat(dev.itss.internal.Mappers.json().readTree(rest.out()).get("tickets").asLong()).isEqualTo(all - 2);
        assertThat(skip.out()).contains("\"kind\" : \"assessment\"");
    }
}
