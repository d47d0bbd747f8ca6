package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.records.ErrorPolicy;
import dev.itss.records.GroupBy;
import dev.itss.records.RecordMapping;
import dev.itss.records.TicketRecords;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {

    @Test
    void showsEachPercentOnceAndClearsTheLineAtTheEnd() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ProgressLine line = new ProgressLine(400, new PrintStream(err, true, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 4; i++) {
                line.accept(100);
            }
        }
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\r  reading  25 %", "\r  reading  50 %", "\r  reading 100 %");
        assertThat(shown.split("100 %", -1)).hasSize(2);
        assertThat(shown).endsWith("\r");
    }

    @Test
    void aLargeFileReadOnAllCoresReportsEveryByte(@TempDir Path dir) throws Exception {
        // above the size from which files are read in chunks; progress comes from the chunk parsers' threads
        StringBuilder csv = new StringBuilder("ticket,opened_at,state,note\n");
        for (int i = 0; csv.length() < (5 << 20); i++) {
            csv.append("T").append(i).append(",2026-01-01 08:00:00,ACTIVE,\"a note, with a comma\"\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        RecordMapping mapping = RecordMapping.preset("canonical");
        assertThat(TicketRecords.readsInChunks(file, mapping)).isTrue();
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
        TicketRecords.read(file, mapping, new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE).withProgress(seen::addAndGet));
        assertThat(seen.get()).isEqualTo(Files.size(file));
    }
}
