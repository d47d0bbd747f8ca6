package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.itss.read.InvalidInputException;
import dev.itss.model.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Spare-part movements and timesheets, on small hand-made files with hand-checked answers. */
class SpareAndWorkRecordsTest {
    private static final Optional<Period> MARCH = Optional.of(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

    private static final String MOVEMENTS = """
            part,movement,at,quantity,from_stock,refurbished
            SP-1,RECEIPT,2026-03-01,10,,
            SP-1,ISSUE,2026-03-02 10:00:00,2,true,false
            SP-1,ISSUE,2026-03-09 15:30:00,1,false,true
            SP-2,ISSUE,2026-03-05,,true,
            SP-2,DAMAGED,2026-03-06,1,,
            SP-1,RETURN,2026-03-10,1,,
            SP-2,ISSUE,2026-04-02,4,false,false
            """;

    private static SpareKpis spares(String csv, ErrorPolicy onError, Optional<Period> period) {
        return SpareRecords.read("m.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("spares"), onError, period);
    }

    @Test
    void spareHitDamageAndReuseRatesCountUnits() {
        SpareKpis march = spares(MOVEMENTS, ErrorPolicy.STOP, MARCH);
        assertThat(march.rows()).isEqualTo(7);
        assertThat(march.movements()).isEqualTo(6);
        assertThat(march.issued()).isEqualTo(4);                    // 2 + 1 + 1 (empty quantity is 1)
        assertThat(march.hitRate()).contains(3.0 / 4);              // 2 + 1 from stock of 4 recorded
        assertThat(march.damageRate()).contains(1.0 / 5);           // 1 damaged / (4 issued + 1 damaged)
        assertThat(march.reuseRate()).contains(1.0 / 3);            // SP-2's first issue does not record it
        assertThat(march.returned()).isEqualTo(1);
        assertThat(march.received()).isEqualTo(10);
        assertThat(march.lastIssued()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SP-1", LocalDateTime.of(2026, 3, 9, 15, 30), "SP-2", LocalDateTime.of(2026, 3, 5, 0, 0)));

        SpareKpis all = spares(MOVEMENTS, ErrorPolicy.STOP, Optional.empty());
        assertThat(all.issued()).isEqualTo(8);
        assertThat(all.hitRate()).contains(3.0 / 8);
        assertThat(all.lastIssued().get("SP-2")).isEqualTo(LocalDateTime.of(2026, 4, 2, 0, 0));
    }

    @Test
    void noIssueMeansNoRate() {
        SpareKpis none = spares("part,movement,at\nSP-1,RECEIPT,2026-03-01\n", ErrorPolicy.STOP, Optional.empty());
        assertThat(none.hitRate()).isEmpty();
        assertThat(none.damageRate()).isEmpty();
        assertThat(none.reuseRate()).isEmpty();
        assertThat(none.absentColumns()).containsExactly("quantity", "from_stock", "refurbished");
    }

    @Test
    void badMovementRowsNameTheirPlace() {
        String bad = MOVEMENTS + "SP-3,LOST,2026-03-11,1,,\nSP-3,ISSUE,2026-03-11,0,,\nSP-3,ISSUE,11/03/2026,1,,\n,ISSUE,2026-03-11,1,,\n";
        assertThatThrownBy(() -> spares(bad, ErrorPolicy.STOP, MARCH))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("m.csv:9:2: movement: expected one of [ISSUE, RETURN, RECEIPT, DAMAGED] (or a value mapped to one under values.movement), was 'LOST'");
        SpareKpis skipped = spares(bad, ErrorPolicy.SKIP, MARCH);
        assertThat(skipped.skippedTotal()).isEqualTo(4);
        assertThat(skipped.issued()).isEqualTo(4);
        assertThat(skipped.skipped()).extracting(Object::toString).containsExactly(
                "m.csv:9:2: movement: expected one of [ISSUE, RETURN, RECEIPT, DAMAGED] (or a value mapped to one under values.movement), was 'LOST'",
                "m.csv:10:4: quantity: expected a whole number of 1 or more, was '0'",
                "m.csv:11:3: at: expected a date in one of the formats [yyyy-MM-dd HH:mm:ss, yyyy-MM-dd HH:mm, yyyy-MM-dd'T'HH:mm:ss, yyyy-MM-dd], was '11/03/2026'",
                "m.csv:12:1: part: is missing; expected a part id");
    }

    private static final String TIMESHEET = """
            engineer,date,worked_hours,rostered_hours
            E1,2026-03-02,9,8
            E1,2026-03-03,8.5,8
            E2,2026-03-02,6,8
            E2,2026-03-03,,8
            E3,2026-03-02,7,
            E1,2026-04-01,12,8
            """;

    private static WorkKpis work(String csv, ErrorPolicy onError, Optional<Period> period) {
        return WorkRecords.read("w.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), RecordMapping.preset("timesheets"), onError, period);
    }

    @Test
    void hoursAddUpPerEngineerAndSaturationIsWorkedOverRostered() {
        WorkKpis march = work(TIMESHEET, ErrorPolicy.STOP, MARCH);
        assertThat(march.entries()).isEqualTo(5);
        assertThat(march.engineers()).containsOnlyKeys("E1", "E2", "E3");
        assertThat(march.engineers().get("E1").saturation()).contains(17.5 / 16);
        assertThat(march.engineers().get("E2").saturation()).contains(6.0 / 16);   // a rostered day without work counts
        assertThat(march.engineers().get("E3").saturation()).isEmpty();           // never rostered in the file
        assertThat(march.engineers().get("E3").worked()).isEqualTo(7.0);
        assertThat(march.saturation().orElseThrow()).isCloseTo(23.5 / 32, within(1e-12));   // E1 and E2 only
    }

    @Test
    void badHoursAndRowsWithoutAnyHoursAreBadRows() {
        String bad = TIMESHEET + "E4,2026-03-02,25,8\nE4,2026-03-03,,\nE4,2026-03-04,-1,8\n";
        WorkKpis skipped = work(bad, ErrorPolicy.SKIP, MARCH);
        assertThat(skipped.skipped()).extracting(Object::toString).containsExactly(
                "w.csv:8:3: worked_hours: expected a number of hours from 0 to 24, was '25'",
                "w.csv:9:3: worked_hours: is missing; expected hours worked or rostered on the day",
                "w.csv:10:3: worked_hours: expected a number of hours from 0 to 24, was '-1'");
        assertThat(skipped.engineers()).doesNotContainKey("E4");
    }

    @Test
    void mappingsAreCheckedForTheirKind() {
        assertThat(new RecordMapping("t", "Timesheets", ",", "UTF-8", List.of("yyyy-MM-dd"), List.of(""),
                Map.of("engineer", "e", "date", "d"), Map.of()).recordKind()).isEqualTo(RecordKind.TIMESHEETS);
        assertThatThrownBy(() -> RecordMapping.read(writeTemp("""
                name: t
                kind: timesheets
                delimiter: ","
                encoding: UTF-8
                dateFormats: [yyyy-MM-dd]
                columns: {engineer: e, date: d, hours: h}
                values: {shift: {A: "8"}}
                """)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("columns.hours: unknown field for timesheets; expected one of [engineer, date, workedHours, rosteredHours, post]")
                .hasMessageContaining("columns: a timesheet mapping needs workedHours, rosteredHours or both")
                .hasMessageContaining("values.shift: unknown field for timesheets");
        assertThatThrownBy(() -> WorkRecords.read("w.csv", new ByteArrayInputStream(TIMESHEET.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("spares"), ErrorPolicy.STOP, Optional.empty()))
                .hasMessage("w.csv: mapping 'spares' is for spares, not timesheets");
        assertThatThrownBy(() -> work("engineer,day,worked_hours\nE1,2026-03-02,8\n", ErrorPolicy.STOP, Optional.empty()))
                .hasMessage("w.csv:1: column 'date' (mapped to date by mapping 'timesheets') is not in the header; the header has [engineer, day, worked_hours]");
    }

    @Test
    void readsJsonLinesToo() {
        String jsonl = """
                {"engineer": "E1", "date": "2026-03-02", "worked_hours": 9, "rostered_hours": 8}
                {"engineer": "E1", "date": "2026-03-03", "worked_hours": "x", "rostered_hours": 8}
                """;
        assertThatThrownBy(() -> WorkRecords.read("w.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("timesheets"), ErrorPolicy.STOP, Optional.empty()))
                .hasMessage("w.jsonl:2: worked_hours: expected a number of hours from 0 to 24, was 'x'");
        WorkKpis first = WorkRecords.read("w.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                RecordMapping.preset("timesheets"), ErrorPolicy.SKIP, Optional.empty());
        assertThat(first.engineers().get("E1").saturation()).contains(9.0 / 8);
    }

    @Test
    void readsChineseTimesheetsInGb18030AndUtf8WithABom() {
        RecordMapping gb = new RecordMapping("排班", "timesheets", ";", "GB18030", List.of("yyyy/M/d"), List.of("", "无"),
                Map.of("engineer", "工号", "date", "日期", "workedHours", "工时", "rosteredHours", "排班工时"), Map.of());
        String csv = "工号;日期;工时;排班工时\n王磊;2026/3/2;9;8\n王磊;2026/3/3;无;8\n";
        WorkKpis kpis = WorkRecords.read("排班.csv", new ByteArrayInputStream(csv.getBytes(java.nio.charset.Charset.forName("GB18030"))), gb,
                ErrorPolicy.STOP, Optional.empty());
        assertThat(kpis.engineers().get("王磊").saturation()).contains(9.0 / 16);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = TIMESHEET.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        WorkKpis utf8 = WorkRecords.read("w.csv", new ByteArrayInputStream(withBom), RecordMapping.preset("timesheets"), ErrorPolicy.STOP, MARCH);
        assertThat(utf8.engineers()).containsOnlyKeys("E1", "E2", "E3");
    }

    private static java.nio.file.Path writeTemp(String yaml) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("mapping", ".yaml");
            java.nio.file.Files.writeString(file, yaml);
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
