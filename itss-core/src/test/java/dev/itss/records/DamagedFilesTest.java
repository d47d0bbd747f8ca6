package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.InputFiles;
import dev.itss.read.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files: each is a clean error naming file, line and what was expected, or a right reading. Every file is the smallest that showed the fault. */
class DamagedFilesTest {
    private static final TicketRecords.Options STOP = new TicketRecords.Options(ErrorPolicy.STOP, Optional.empty(), GroupBy.ASSIGNMENT_GROUP);

    private static TicketKpis tickets(byte[] bytes, RecordMapping mapping) {
        return TicketRecords.read("t.csv", new ByteArrayInputStream(bytes), mapping, STOP);
    }

    private static TicketKpis tickets(String csv, RecordMapping mapping) {
        return tickets(csv.getBytes(StandardCharsets.UTF_8), mapping);
    }

    @Test
    void crOnlyLineEndsAreReadAlikeByBothReaders(@TempDir Path dir) throws IOException {
        String csv = "ticket,opened_at,made_sla,assignment_group\rT1,2024-01-10 09:00,true,Desk\rT2,2024-01-10 09:00,false,Desk\r";
        Path file = dir.resolve("cr.csv");
        Files.writeString(file, csv);
        TicketKpis stream = tickets(csv, RecordMapping.preset("canonical"));
        assertThat(stream.tickets()).isEqualTo(2);
        assertThat(TicketRecords.readInChunks(file, RecordMapping.preset("canonical"), STOP, 2)).isEqualTo(stream);
    }

    @Test
    void gbkBytesInAUtf8ExportAreRefusedWithTheirLineByBothReaders(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("ticket,opened_at,made_sla,assignment_group\nT1,2024-01-10 09:00,true,HIS\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("T2,2024-01-10 09:00,true,HIS ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("信息".getBytes(Charset.forName("GBK")));
        bytes.writeBytes(" HIS\n".getBytes(StandardCharsets.UTF_8));
        String expected = "t.csv:3: bytes 0xD0 0xC5 0xCF 0xA2 are not valid UTF-8 (the encoding of mapping 'canonical'); if the file was written in "
                + "another encoding (GBK, GB18030...), name it as the mapping's encoding";
        assertThatThrownBy(() -> tickets(bytes.toByteArray(), RecordMapping.preset("canonical")))
                .isInstanceOf(InvalidInputException.class).hasMessage(expected);
        Path file = dir.resolve("t.csv");
        Files.write(file, bytes.toByteArray());
        assertThatThrownBy(() -> TicketRecords.readInChunks(file, RecordMapping.preset("canonical"), STOP, 2))
                .isInstanceOf(InvalidInputException.class).hasMessage(expected.replace("t.csv", file.toString()));
        // the other kinds share the stream reader
        assertThatThrownBy(() -> CallRecords.read("c.csv", new ByteArrayInputStream(("call,offered_at,answered\nC1,2024-01-10 09:00:00,true\nC\u00e9"
                .getBytes(StandardCharsets.ISO_8859_1))), RecordMapping.preset("calls"), ErrorPolicy.SKIP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("c.csv:3: bytes 0xE9 are not valid UTF-8");
    }

    @Test
    void aFieldBeyondTheParsersLimitIsAnErrorWithItsLine() {
        String longNote = "x".repeat(RowSource.MAX_VALUE_CHARS + 1);
        String calls = "call,offered_at,answered\nC1,2024-01-10 09:00:00,true\nC2,2024-01-10 09:00:00," + longNote + "\n";
        assertThatThrownBy(() -> CallRecords.read("c.csv", new ByteArrayInputStream(calls.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("c.csv:3: a value is too long or too deep to read")
                .hasMessageEndingWith("expected fields of at most 20000000 characters");
        String jsonLines = "{\"call\":\"C1\",\"offered_at\":\"2024-01-10 09:00:00\",\"answered\":\"" + longNote + "\"}\n";
        assertThatThrownBy(() -> CallRecords.read("c.jsonl", new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("c.jsonl:1: a value is too long or too deep to read");
    }

    @Test
    void monthNamesParseStrictly() {
        String jira = "Issue key,Created,Resolved,Status,Priority\nSD-1,30/Feb/26 9:15 AM,,Open,Medium\n";
        assertThatThrownBy(() -> tickets(jira, RecordMapping.preset("jira")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.csv:2:2: Created: expected a date in one of the formats [dd/MMM/yy h:mm a");
        assertThat(tickets("Issue key,Created,Resolved,Status,Priority\nSD-1,28/Feb/26 9:15 AM,,Open,Medium\n", RecordMapping.preset("jira")).tickets())
                .isEqualTo(1);
    }

    @Test
    void timesBeforeTheOpeningAndValuesOutOfRangeAreRowErrors() {
        RecordMapping canonical = RecordMapping.preset("canonical");
        assertThatThrownBy(() -> tickets("ticket,opened_at,resolved_at\nT1,2024-01-10 09:00,2024-01-09 09:00\n", canonical))
                .hasMessage("t.csv:2:3: resolved_at: resolved before it was opened: 2024-01-09T09:00 is earlier than the opening time 2024-01-10T09:00");
        assertThatThrownBy(() -> tickets("ticket,opened_at,responded_at\nT1,2024-01-10 09:00,2024-01-10 08:59\n", canonical))
                .hasMessageStartingWith("t.csv:2:3: responded_at: responded to before it was opened");
        assertThatThrownBy(() -> tickets("ticket,opened_at,reopens\nT1,2024-01-10 09:00,-1\n", canonical))
                .hasMessage("t.csv:2:3: reopens: expected a whole number of 0 or more, was '-1'");
        assertThatThrownBy(() -> tickets("ticket,opened_at,reassignments\nT1,2024-01-10 09:00,-2\n", canonical))
                .hasMessage("t.csv:2:3: reassignments: expected a whole number of 0 or more, was '-2'");
        assertThatThrownBy(() -> tickets("ticket,opened_at,priority\nT1,2024-01-10 09:00,7\n", canonical))
                .hasMessage("t.csv:2:3: priority: expected a whole number from 1 to 5, was '7'");
        // under skip, the row is counted and listed, and the others are read
        TicketKpis skipped = TicketRecords.read("t.csv", new ByteArrayInputStream(
                "ticket,opened_at,resolved_at\nT1,2024-01-10 09:00,2024-01-09 09:00\nT2,2024-01-10 09:00,2024-01-10 10:00\n".getBytes()),
                canonical, ErrorPolicy.SKIP, Optional.empty());
        assertThat(skipped.skippedTotal()).isEqualTo(1);
        assertThat(skipped.timeToResolve().orElseThrow().mean()).isEqualTo(1.0);
    }

    @Test
    void aCallBothAnsweredAndAbandonedIsARowError() {
        assertThatThrownBy(() -> CallRecords.read("c.csv", new ByteArrayInputStream(
                "call,offered_at,answered,abandoned\nC1,2024-01-10 09:00:00,true,true\n".getBytes()), RecordMapping.preset("calls"), ErrorPolicy.STOP,
                Optional.empty()))
                .hasMessage("c.csv:2:4: abandoned: the call is both answered and abandoned; expected at most one of them to be true");
    }

    @Test
    void oneEngineersHoursOfADayAddUpToAtMost24() {
        String rows = "engineer,date,worked_hours\nE1,2026-03-02,10\nE2,2026-03-02,10\nE1,2026-03-02,10\nE1,2026-03-03,10\nE1,2026-03-02,5\n";
        assertThatThrownBy(() -> WorkRecords.read("w.csv", new ByteArrayInputStream(rows.getBytes()), RecordMapping.preset("timesheets"), ErrorPolicy.STOP,
                Optional.empty()))
                .hasMessage("w.csv:6:3: worked_hours: E1's worked hours on 2026-03-02 add up to 25 with this row; expected at most 24 a day");
        WorkKpis skipped = WorkRecords.read("w.csv", new ByteArrayInputStream(rows.getBytes()), RecordMapping.preset("timesheets"), ErrorPolicy.SKIP,
                Optional.empty());
        assertThat(skipped.engineers().get("E1").worked()).isEqualTo(30.0);
    }

    @Test
    void aPipeOrAFileOverTheLimitIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> TicketRecords.read(fifo, RecordMapping.preset("canonical"), ErrorPolicy.STOP, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(fifo + ": is not a regular file (a pipe, socket or device would be read for ever); expected a file");
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "ticket,opened_at\n");
        assertThatThrownBy(() -> InputFiles.requireReadableFile(small, 10, "a tickets export"))
                .hasMessage(small + ": is 17 bytes; the limit for a tickets export is 10 bytes");
        // a stream is counted as it is read
        assertThatThrownBy(() -> RowSource.read("s.csv", new RowSource.Bounded(new ByteArrayInputStream(new byte[100]), 10), RecordMapping.preset("calls"),
                "calls", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("s.csv: is larger than 10 bytes, the limit for a calls export");
    }
}
