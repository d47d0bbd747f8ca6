package dev.itss.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a seeded ticket event log in the canonical format: each ticket's updates on consecutive
 * rows, in update order, as ITSM exports write them. The same seed writes the same file.
 *
 * <pre>{@code
 * EventLogGenerator.write(Path.of("/tmp/events.csv"), 1_000_000, 10, 20261129L);
 * }</pre>
 */
public final class EventLogGenerator {
    static final String HEADER = "ticket,update_counter,updated_at,opened_at,resolved_at,state,priority,made_sla,reassignments,reopens,knowledge,assignment_group";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    private EventLogGenerator() {}

    /** Writes {@code rows} rows, {@code updatesPerTicket} per ticket. */
    public static void write(Path file, int rows, int updatesPerTicket, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int tickets = rows / updatesPerTicket;
            for (int t = 0; t < tickets; t++) {
                LocalDateTime opened = START.plusMinutes(random.nextInt(60 * 24 * 90));
                long resolveMinutes = 10 + random.nextInt(60 * 72);
                boolean madeSla = random.nextInt(100) < 85;
                boolean knowledge = random.nextInt(100) < 30;
                int priority = 1 + random.nextInt(4);
                int finalReassignments = random.nextInt(100) < 20 ? 1 + random.nextInt(3) : 0;
                int finalReopens = random.nextInt(100) < 6 ? 1 : 0;
                String group = "Group " + random.nextInt(40);
                for (int u = 0; u < updatesPerTicket; u++) {
                    boolean last = u == updatesPerTicket - 1;
                    LocalDateTime updated = opened.plusMinutes(resolveMinutes * u / (updatesPerTicket - 1));
                    out.write("INC");
                    out.write(Integer.toString(1_000_000 + t));
                    out.write(',');
                    out.write(Integer.toString(u));
                    out.write(',');
                    out.write(FORMAT.format(updated));
                    out.write(',');
                    out.write(FORMAT.format(opened));
                    out.write(',');
                    out.write(last ? FORMAT.format(opened.plusMinutes(resolveMinutes)) : "");
                    out.write(',');
                    out.write(u == 0 ? "NEW" : last ? "RESOLVED" : "ACTIVE");
                    out.write(',');
                    out.write(Integer.toString(priority));
                    out.write(',');
                    out.write(last ? Boolean.toString(madeSla) : "true");
                    out.write(',');
                    out.write(Integer.toString(last ? finalReassignments : 0));
                    out.write(',');
                    out.write(Integer.toString(last ? finalReopens : 0));
                    out.write(',');
                    out.write(Boolean.toString(last && knowledge));
                    out.write(',');
                    out.write(group);
                    out.write('\n');
                }
            }
        }
    }
}
