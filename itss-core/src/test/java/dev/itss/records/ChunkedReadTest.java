package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file in chunks on all cores gives exactly what the stream reader gives: checked on
 * seeded files with quoted fields holding delimiters, doubled quotes and line ends, LF, CRLF and CR-only line ends,
 * a BOM, blank lines, history-only counts, and tickets whose rows straddle chunk boundaries.
 */
class ChunkedReadTest {
    private static final long SEED = 20_261_129L;
    private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

    /** A seeded canonical event log with awkward fields. */
    static String eventLog(long seed, int tickets, boolean crlf) {
        return eventLog(seed, tickets, crlf ? "\r\n" : "\n");
    }

    /** The same with any line end: LF, CRLF or CR alone (old Mac exports). */
    static String eventLog(long seed, int tickets, String eol) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("\uFEFFticket,update_counter,opened_at,resolved_at,state,priority,made_sla,assignment_group,note" + eol);
        for (int t = 0; t < tickets; t++) {
            int updates = 1 + random.nextInt(6);
            boolean counters = random.nextBoolean();
            String group = "G" + random.nextInt(4);
            for (int u = 0; u < updates; u++) {
                boolean last = u == updates - 1;
                if (random.nextInt(5) == 0) {
                    group = "G" + random.nextInt(4);   // reassignment seen only in the history
                }
                String state = u == 0 ? "NEW" : last ? (random.nextBoolean() ? "RESOLVED" : "ACTIVE") : (random.nextInt(4) == 0 ? "RESOLVED" : "ACTIVE");
                String note = switch (random.nextInt(5)) {
                    case 0 -> "\"plain\"";
                    case 1 -> "\"with, comma\"";
                    case 2 -> "\"line" + eol + "break\"";
                    case 3 -> "\"doubled \"\"quote\"\"\"";
                    default -> "x";
                };
                csv.append("T").append(t).append(',').append(counters ? String.valueOf(u) : "").append(",2026-01-0").append(1 + t % 9).append(" 08:00,")
                        .append(last && state.equals("RESOLVED") ? "2026-01-1" + random.nextInt(10) + " 09:30" : "").append(',').append(state).append(',')
                        .append(1 + random.nextInt(4)).append(',').append(random.nextBoolean()).append(',').append(group).append(',').append(note).append(eol);
                if (random.nextInt(50) == 0) {
                    csv.append(eol);   // a blank line
                }
            }
        }
        return csv.toString();
    }

    private static TicketKpis stream(Path file, RecordMapping mapping, TicketRecords.Options options) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return TicketRecords.read(file.toString(), in, mapping, options);
        }
    }

    @Test
    void chunksGiveTheSameKpisAsTheStreamOnSeededFiles(@TempDir Path dir) throws IOException {
        RecordMapping canonical = RecordMapping.preset("canonical");
        // all-numeric date patterns: the chunked reader reads the dates (and counters) straight from the bytes
        RecordMapping numeric = new RecordMapping("numeric", null, ",", "UTF-8", List.of("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"), List.of(""),
                canonical.columns(), canonical.values());
        assertThat(TicketRecords.typed(eventLog(SEED, 1, "\n").lines().findFirst().orElseThrow().substring(1).split(","), numeric).kinds())
                .contains(ChunkedCsv.Typed.WHOLE, ChunkedCsv.Typed.DATE);
        for (RecordMapping mapping : List.of(canonical, numeric)) {
            seededFilesAgree(dir, mapping);
        }
    }

    private static void seededFilesAgree(Path dir, RecordMapping mapping) throws IOException {
        TicketRecords.Options options = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ASSIGNMENT_GROUP);
        for (long seed = SEED; seed < SEED + 12; seed++) {
            Path file = dir.resolve("events-" + mapping.name() + "-" + seed + ".csv");
            Files.writeString(file, eventLog(seed, 300, LINE_ENDS[(int) (seed % 3)]), StandardCharsets.UTF_8);
            TicketKpis expected = stream(file, mapping, options);
            assertThat(expected.tickets()).as("seed %d", seed).isEqualTo(300);
            for (int chunks : new int[] {2, 3, 7, 16}) {
                assertThat(TicketRecords.readInChunks(file, mapping, options, chunks)).as("seed %d, %d chunks", seed, chunks).isEqualTo(expected);
            }
        }
    }

    @Test
    void rowsParsedThroughATinyWindowAreTheRowsParsedThroughALargeOne() {
        for (long seed = SEED; seed < SEED + 6; seed++) {
            byte[] bytes = eventLog(seed, 60, LINE_ENDS[(int) (seed % 3)]).getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(bytes);
            List<String> expected = new java.util.ArrayList<>();
            int expectedLines = ChunkedCsv.parse(data, 3, bytes.length, ',', null, StandardCharsets.UTF_8,
                    (row, line) -> expected.add(line + ":" + List.of(row)), 1 << 20);
            for (int window : new int[] {1, 7, 16, 64}) {
                List<String> rows = new java.util.ArrayList<>();
                int lines = ChunkedCsv.parse(data, 3, bytes.length, ',', null, StandardCharsets.UTF_8, (row, line) -> rows.add(line + ":" + List.of(row)), window);
                assertThat(rows).as("seed %d, window %d", seed, window).isEqualTo(expected);
                assertThat(lines).isEqualTo(expectedLines);
            }
        }
    }

    @Test
    void readsGb18030Bytes(@TempDir Path dir) throws IOException {
        RecordMapping gb = new RecordMapping("gb", null, ";", "GB18030", List.of("yyyy-MM-dd"), List.of(""),
                Map.of("ticket", "工单号", "openedAt", "创建日期", "madeSla", "是否达标", "assignmentGroup", "处理组"),
                Map.of("madeSla", Map.of("是", "true", "否", "false")));
        StringBuilder csv = new StringBuilder("工单号;创建日期;是否达标;处理组\n");
        for (int i = 0; i < 500; i++) {
            csv.append("单").append(i).append(";2026-01-02;").append(i % 3 == 0 ? "否" : "是").append(";网络组").append(i % 5).append('\n');
        }
        Path file = dir.resolve("gb.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("GB18030")));
        TicketRecords.Options options = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ASSIGNMENT_GROUP);
        TicketKpis chunked = TicketRecords.readInChunks(file, gb, options, 5);
        assertThat(chunked).isEqualTo(stream(file, gb, options));
        assertThat(chunked.groups()).containsKey("网络组3");
    }

    @Test
    void reportsTheFilesFirstMalformedRowWithItsLineAcrossChunks(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("ticket,opened_at,note\n");
        for (int i = 0; i < 400; i++) {
            csv.append("T").append(i).append(",2026-01-01,\"two\nlines\"\n");
        }
        csv.append("T400,2026-02-30,x\n");   // line 2 + 400 x 2 = 802
        for (int i = 401; i < 420; i++) {
            csv.append("T").append(i).append(",bad,x\n");
        }
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv.toString());
        RecordMapping mapping = RecordMapping.preset("canonical");
        TicketRecords.Options stop = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE);
        assertThatThrownBy(() -> TicketRecords.readInChunks(file, mapping, stop, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ":802:2: opened_at: expected a date");
        TicketRecords.Options skip = new TicketRecords.Options(ErrorPolicy.SKIP, Optional.empty(), GroupBy.NONE);
        TicketKpis kpis = TicketRecords.readInChunks(file, mapping, skip, 4);
        assertThat(kpis).isEqualTo(stream(file, mapping, skip));
        assertThat(kpis.skippedTotal()).isEqualTo(20);
    }

    @Test
    void aBoundaryChosenInsideAQuotedFieldIsNoticedAndTheFileIsReadAgainWithExactOnes(@TempDir Path dir) throws IOException {
        // every row carries a long note with line ends: most nominal splits fall inside one
        StringBuilder csv = new StringBuilder("ticket,opened_at,made_sla,note\n");
        for (int i = 0; i < 200; i++) {
            csv.append("T").append(i).append(",2026-01-02,").append(i % 3 == 0).append(",\"").append("a long note\n".repeat(20)).append("\"\n");
        }
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, csv.toString());
        java.nio.ByteBuffer data = java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
        int headerEnd = csv.indexOf("\n") + 1;
        long[] guessed = ChunkedCsv.speculativeBoundaries(data, headerEnd, 7);
        long[] exact = ChunkedCsv.boundaries(data, headerEnd, 7);
        assertThat(guessed).as("the guessed boundaries are wrong for this file, so the fallback is what is tested").isNotEqualTo(exact);
        RecordMapping mapping = RecordMapping.preset("canonical");
        TicketRecords.Options options = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.NONE);
        TicketKpis chunked = TicketRecords.readInChunks(file, mapping, options, 7);
        assertThat(chunked).isEqualTo(stream(file, mapping, options));
        assertThat(chunked.tickets()).isEqualTo(200);
    }
}
