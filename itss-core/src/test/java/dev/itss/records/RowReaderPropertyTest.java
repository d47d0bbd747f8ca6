package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.model.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random files of calls and spare-part movements: the readers' KPIs equal the ones computed
 * plainly from the generated rows, and a file read as CSV gives what the same rows give as JSON
 * lines. Seeds are fixed and printed in the failure message.
 */
class RowReaderPropertyTest {
    private static final long SEED = 20_261_129L;
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private record Call(String id, LocalDate day, boolean answered, Boolean abandoned, Integer seconds, Boolean resolved) {}

    private record Movement(String part, SpareMovement kind, LocalDate day, int quantity, Boolean fromStock, Boolean refurbished) {}

    private static <T> T maybe(SplittableRandom random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String json(Object value) {
        return value == null ? "null" : value instanceof String || value instanceof LocalDate || value instanceof Enum<?> ? "\"" + value + "\"" : value.toString();
    }

    @Test
    void callKpisEqualThePlainCountsOfTheRowsInCsvAndJsonLines() {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Call> calls = new ArrayList<>();
            for (int i = 0, n = random.nextInt(60); i < n; i++) {
                boolean answered = random.nextBoolean();
                calls.add(new Call("C" + i, LocalDate.of(2026, 2 + random.nextInt(3), 1 + random.nextInt(28)), answered, maybe(random, !answered && random.nextBoolean()),
                        maybe(random, random.nextInt(1200)), maybe(random, random.nextBoolean())));
            }
            // every column of the preset, queue empty: JSON lines cannot tell an absent column from empty values
            StringBuilder csv = new StringBuilder("call,offered_at,answered,abandoned,handle_seconds,resolved_on_call,queue\n");
            StringBuilder jsonl = new StringBuilder();
            for (Call c : calls) {
                csv.append(c.id()).append(',').append(c.day()).append(" 09:00:00,").append(c.answered()).append(',').append(text(c.abandoned())).append(',')
                        .append(text(c.seconds())).append(',').append(text(c.resolved())).append(",\n");
                jsonl.append("{\"call\": ").append(json(c.id())).append(", \"offered_at\": \"").append(c.day()).append(" 09:00:00\", \"answered\": ")
                        .append(c.answered()).append(", \"abandoned\": ").append(json(c.abandoned())).append(", \"handle_seconds\": ").append(json(c.seconds()))
                        .append(", \"resolved_on_call\": ").append(json(c.resolved())).append("}\n");
            }
            List<Call> march = calls.stream().filter(c -> MARCH.contains(c.day())).toList();
            List<Call> answered = march.stream().filter(Call::answered).toList();
            CallKpis kpis = CallRecords.read("c.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.of(MARCH));
            String as = "seed " + seed;
            assertThat(kpis.offered()).as(as).isEqualTo(march.size());
            assertThat(kpis.answered()).as(as).isEqualTo(answered.size());
            assertThat(kpis.abandoned()).as(as).isEqualTo(march.stream().filter(c -> Boolean.TRUE.equals(c.abandoned())).count());
            assertThat(kpis.abandonedKnown()).as(as).isEqualTo(march.stream().filter(c -> c.abandoned() != null).count());
            assertThat(kpis.handleSeconds()).as(as).isEqualTo(answered.stream().filter(c -> c.seconds() != null).mapToDouble(Call::seconds).sum());
            assertThat(kpis.resolvedOnCall()).as(as).isEqualTo(answered.stream().filter(c -> Boolean.TRUE.equals(c.resolved())).count());
            assertThat(kpis.resolvedHandled()).as(as)
                    .isEqualTo(answered.stream().filter(c -> Boolean.TRUE.equals(c.resolved()) && c.seconds() != null).count());
            CallKpis fromJson = CallRecords.read("c.jsonl", new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
                    RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.of(MARCH));
            assertThat(fromJson).as(as).isEqualTo(kpis);
        }
    }

    @Test
    void spareKpisEqualThePlainSumsOfTheRows() {
        for (long seed = SEED; seed < SEED + 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Movement> movements = new ArrayList<>();
            for (int i = 0, n = random.nextInt(80); i < n; i++) {
                SpareMovement kind = SpareMovement.values()[random.nextInt(4)];
                boolean issue = kind == SpareMovement.ISSUE;
                movements.add(new Movement("SP-" + random.nextInt(5), kind, LocalDate.of(2026, 2 + random.nextInt(3), 1 + random.nextInt(28)),
                        1 + random.nextInt(4), issue ? maybe(random, random.nextBoolean()) : null, issue ? maybe(random, random.nextBoolean()) : null));
            }
            StringBuilder csv = new StringBuilder("part,movement,at,quantity,from_stock,refurbished\n");
            for (Movement m : movements) {
                csv.append(m.part()).append(',').append(m.kind()).append(',').append(m.day()).append(',').append(m.quantity()).append(',')
                        .append(text(m.fromStock())).append(',').append(text(m.refurbished())).append('\n');
            }
            List<Movement> march = movements.stream().filter(m -> MARCH.contains(m.day())).toList();
            List<Movement> issues = march.stream().filter(m -> m.kind() == SpareMovement.ISSUE).toList();
            SpareKpis kpis = SpareRecords.read("m.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    RecordMapping.preset("spares"), ErrorPolicy.STOP, Optional.of(MARCH));
            String as = "seed " + seed;
            assertThat(kpis.movements()).as(as).isEqualTo(march.size());
            assertThat(kpis.issued()).as(as).isEqualTo(issues.stream().mapToLong(Movement::quantity).sum());
            assertThat(kpis.fromStock()).as(as).isEqualTo(issues.stream().filter(m -> Boolean.TRUE.equals(m.fromStock())).mapToLong(Movement::quantity).sum());
            assertThat(kpis.stockKnown()).as(as).isEqualTo(issues.stream().filter(m -> m.fromStock() != null).mapToLong(Movement::quantity).sum());
            assertThat(kpis.refurbished()).as(as).isEqualTo(issues.stream().filter(m -> Boolean.TRUE.equals(m.refurbished())).mapToLong(Movement::quantity).sum());
            assertThat(kpis.damaged()).as(as).isEqualTo(march.stream().filter(m -> m.kind() == SpareMovement.DAMAGED).mapToLong(Movement::quantity).sum());
            assertThat(kpis.lastIssued().keySet()).as(as).isEqualTo(issues.stream().map(Movement::part).collect(java.util.stream.Collectors.toSet()));
            issues.forEach(m -> assertThat(kpis.lastIssued().get(m.part()).toLocalDate()).as(as).isAfterOrEqualTo(m.day()));
        }
    }
}
