package dev.itss.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Writes a seeded incident event log shaped like ServiceNow's (the public "incident management
 * process enriched event log"): 36 columns, one row per update of a ticket in update order, 1 to
 * 12 updates per ticket (about 5.7 on average), {@code ?} for a missing value, dates as
 * {@code d/M/yyyy H:mm}, priorities like {@code 3 - Moderate}, and some quoted text holding commas.
 * The same seed writes the same file. Read it with the {@code servicenow} preset.
 *
 * <pre>{@code
 * java -cp itss-bench/target/benchmarks.jar dev.itss.bench.ServiceNowLogGenerator /tmp/sn.csv 141712 20261202
 * }</pre>
 */
public final class ServiceNowLogGenerator {
    static final String HEADER = "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_by,opened_at,"
            + "sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,u_symptom,cmdb_ci,impact,"
            + "urgency,priority,assignment_group,assigned_to,knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,"
            + "resolved_by,resolved_at,closed_at";
    private static final String[] PRIORITIES = {"1 - Critical", "2 - High", "3 - Moderate", "4 - Low"};
    private static final String[] LEVELS = {"1 - High", "2 - Medium", "3 - Low"};
    private static final String[] OPEN_STATES = {"Active", "Awaiting User Info", "Awaiting Problem", "Awaiting Vendor"};
    private static final LocalDateTime START = LocalDateTime.of(2016, 2, 29, 0, 0);

    private ServiceNowLogGenerator() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
    }

    /** Writes about {@code rows} rows (the last ticket is complete, so a few more). */
    public static void write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(512);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int written = 0;
            for (int t = 0; written < rows; t++) {
                String number = "INC" + String.format("%07d", t + 1);
                LocalDateTime opened = START.plusMinutes(random.nextInt(60 * 24 * 120));
                int updates = 1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 8);
                long resolveMinutes = 5 + random.nextInt(60 * 24 * 6);
                boolean resolves = random.nextInt(100) < 92;
                boolean madeSla = random.nextInt(100) < 63;
                boolean knowledge = random.nextInt(100) < 17;
                int reopen = random.nextInt(100) < 2 ? 1 : 0;
                int priority = random.nextInt(100) < 90 ? 2 : random.nextInt(4);
                String caller = "Caller " + random.nextInt(5000);
                String openedBy = "Opened by  " + random.nextInt(300);
                String location = "Location " + random.nextInt(200);
                String category = "Category " + random.nextInt(60);
                String subcategory = "Subcategory " + random.nextInt(250);
                String symptom = random.nextInt(5) == 0 ? "\"Symptom " + random.nextInt(500) + ", see \"\"notes\"\"\"" : "Symptom " + random.nextInt(500);
                String group = "Group " + random.nextInt(70);
                String assignee = random.nextInt(10) == 0 ? "?" : "Resolver " + random.nextInt(230);
                int reassignments = 0;
                for (int u = 0; u < updates; u++) {
                    boolean last = u == updates - 1;
                    LocalDateTime updated = opened.plusMinutes(updates == 1 ? 0 : resolveMinutes * u / (updates - 1));
                    if (u > 0 && random.nextInt(6) == 0) {
                        group = "Group " + random.nextInt(70);
                        reassignments++;
                    }
                    String state = u == 0 ? "New" : last ? (resolves ? (random.nextBoolean() ? "Resolved" : "Closed") : OPEN_STATES[random.nextInt(4)])
                            : OPEN_STATES[random.nextInt(OPEN_STATES.length)];
                    boolean resolved = last && resolves;
                    line.setLength(0);
                    line.append(number).append(',').append(state).append(',').append(!resolved).append(',').append(reassignments).append(',')
                            .append(last ? reopen : 0).append(',').append(u).append(',').append(last ? madeSla : true).append(',')
                            .append(caller).append(',').append(openedBy).append(',').append(date(opened)).append(',')
                            .append("Created by ").append(random.nextInt(200)).append(',').append(date(opened)).append(',')
                            .append("Updated by ").append(random.nextInt(900)).append(',').append(date(updated)).append(',')
                            .append("Phone").append(',').append(location).append(',').append(category).append(',').append(subcategory).append(',')
                            .append(symptom).append(',').append("?").append(',').append(LEVELS[1]).append(',').append(LEVELS[1]).append(',')
                            .append(PRIORITIES[priority]).append(',').append(group).append(',').append(assignee).append(',')
                            .append(last && knowledge).append(',').append(random.nextBoolean()).append(',').append("Do Not Notify").append(',')
                            .append(random.nextInt(50) == 0 ? "Problem ID  " + random.nextInt(300) : "?").append(',').append("?").append(',')
                            .append("?").append(',').append("?").append(',').append(resolved ? "code " + random.nextInt(17) : "?").append(',')
                            .append(resolved ? "Resolved by " + random.nextInt(200) : "?").append(',')
                            .append(resolved ? date(opened.plusMinutes(resolveMinutes)) : "?").append(',')
                            .append(resolved ? date(opened.plusMinutes(resolveMinutes + 60L * 24 * 5)) : "?").append('\n');
                    out.append(line);
                    written++;
                }
            }
        }
    }

    /** {@code d/M/yyyy H:mm}, as the public log writes dates. */
    private static String date(LocalDateTime t) {
        return t.getDayOfMonth() + "/" + t.getMonthValue() + "/" + t.getYear() + " " + t.getHour() + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
    }
}
