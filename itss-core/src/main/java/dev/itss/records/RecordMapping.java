package dev.itss.records;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the columns of an export map to {@link TicketField}s: column names, value maps (e.g.
 * {@code "1 - Critical"} to priority 1), date formats and missing-value tokens.
 *
 * <pre>{@code
 * # my-itsm.yaml
 * name: my-itsm
 * delimiter: ";"
 * encoding: GB18030
 * dateFormats: ["yyyy-MM-dd HH:mm:ss"]
 * missing: ["", "NULL", "?", "N/A"]
 * columns: {ticket: 工单号, openedAt: 创建时间, resolvedAt: 解决时间, madeSla: 是否达标}
 * values:
 *   madeSla: {是: "true", 否: "false"}
 * }</pre>
 *
 * @param name        preset or file name, for messages
 * @param kind        what the rows are ({@link RecordKind}): {@code tickets} (the default), {@code calls},
 *                    {@code spares}, {@code timesheets} or {@code knowledge}
 * @param delimiter   the column separator, one character; a comma when not given
 * @param encoding    the file encoding (UTF-8, with or without BOM; GBK; GB18030...); UTF-8 when not given
 * @param dateFormats date-time patterns tried in order ({@link java.time.format.DateTimeFormatter}); a
 *                    pattern without time reads as midnight
 * @param missing     tokens that mean "no value"
 * @param columns     canonical field name ({@link TicketField#key()}) to column header
 * @param values      per canonical field, export value to canonical value; the key {@code "*"} maps
 *                    every value not listed (e.g. {@code type: {Incident: INCIDENT, "*": REQUEST}})
 * @param zone        the time zone of times written without a UTC offset (a zone id such as
 *                    {@code Asia/Shanghai} or {@code +08:00}); UTC when not given, never the
 *                    machine's zone. A time with an offset is the instant it names.
 * @param constants   per canonical field, a value every row has, whatever its columns hold (e.g.
 *                    {@code type: CHANGE} for a change log); a constant stands for a required column
 * @param events      how the ticket times of an event log (one row per activity) are derived from
 *                    its events ({@link EventTimes}); absent for exports with one column per time
 */
public record RecordMapping(
        @NotBlank String name,
        String kind,
        String delimiter,
        String encoding,
        @NotEmpty List<@NotBlank String> dateFormats,
        List<@NotNull String> missing,
        @NotEmpty Map<@NotBlank String, @NotBlank String> columns,
        Map<@NotBlank String, Map<String, String>> values,
        String zone,
        Map<@NotBlank String, @NotNull String> constants,
        @jakarta.validation.Valid EventTimes events) {

    private static <T> List<T> copy(List<T> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /** A mapping without zone (UTC), constants or event times. */
    public RecordMapping(String name, String kind, String delimiter, String encoding, List<String> dateFormats, List<String> missing,
                         Map<String, String> columns, Map<String, Map<String, String>> values) {
        this(name, kind, delimiter, encoding, dateFormats, missing, columns, values, null, null, null);
    }

    /**
     * How the times of a ticket come from the rows of an event log, where each row is one event
     * (an activity or a status change) with its own time in the {@code eventAt} column.
     *
     * <pre>{@code
     * events:
     *   opening: firstEvent           # openedAt is the time of the ticket's earliest event
     *   resolution: lastDoneRun       # resolvedAt is the start of the last run of RESOLVED or CLOSED states
     *   responseActivities: [Take in charge ticket]   # respondedAt is the first event of one of these activities
     * }</pre>
     *
     * @param opening            {@code column} (default): the openedAt column; {@code firstEvent}: the
     *                           ticket's earliest event time
     * @param resolution         {@code column} (default): the resolvedAt column; {@code lastDoneRun}:
     *                           the event time of the first row of the last run of RESOLVED or CLOSED
     *                           states (a reopened ticket is resolved again); none while the last
     *                           state is not one of those
     * @param responseActivities activity names (after the value map of {@code activity}) whose
     *                           earliest event is the first response; empty: the respondedAt column
     */
    public record EventTimes(Opening opening, Resolution resolution, List<@NotBlank String> responseActivities) {
        public EventTimes {
            opening = opening == null ? Opening.COLUMN : opening;
            resolution = resolution == null ? Resolution.COLUMN : resolution;
            responseActivities = responseActivities == null ? List.of() : copy(responseActivities);
        }

        /** Where the opening time comes from. */
        public enum Opening {
            @com.fasterxml.jackson.annotation.JsonProperty("column") COLUMN,
            @com.fasterxml.jackson.annotation.JsonProperty("firstEvent") FIRST_EVENT
        }

        /** Where the resolution time comes from. */
        public enum Resolution {
            @com.fasterxml.jackson.annotation.JsonProperty("column") COLUMN,
            @com.fasterxml.jackson.annotation.JsonProperty("lastDoneRun") LAST_DONE_RUN
        }

        /** True when any time is derived from the events. */
        public boolean derivesAny() {
            return opening == Opening.FIRST_EVENT || resolution == Resolution.LAST_DONE_RUN || !responseActivities.isEmpty();
        }
    }

    /**
     * The presets shipped: for tickets the project's canonical format, ServiceNow incident exports
     * and Jira Service Management; the canonical call records, spare-part movements, timesheets and
     * knowledge links.
     */
    public static final List<String> PRESETS = List.of("canonical", "servicenow", "jira", "calls", "spares", "timesheets", "knowledge");

    /** The kind of ticket exports. */
    public static final String TICKETS = "tickets";
    /** The kind of service-desk call records. */
    public static final String CALLS = "calls";
    /** The kind of spare-part movement records. */
    public static final String SPARES = "spares";
    /** The kind of timesheets and duty rosters. */
    public static final String TIMESHEETS = "timesheets";
    /** The kind of knowledge articles linked to tickets. */
    public static final String KNOWLEDGE = "knowledge";

    /** The value-map key that stands for every value not listed. */
    public static final String ANY_OTHER_VALUE = "*";

    public RecordMapping {
        kind = kind == null || kind.isBlank() ? TICKETS : kind.trim().toLowerCase(Locale.ROOT);
        delimiter = delimiter == null || delimiter.isEmpty() ? "," : delimiter;
        encoding = encoding == null || encoding.isBlank() ? "UTF-8" : encoding.trim();
        missing = missing == null ? List.of("") : copy(missing);   // null elements kept for validation to report, not a NullPointerException
        columns = columns == null ? Map.of() : copy(columns);
        values = values == null ? Map.of() : copy(values);
        dateFormats = dateFormats == null ? List.of() : copy(dateFormats);
        zone = zone == null || zone.isBlank() ? "UTC" : zone.trim();
        constants = constants == null ? Map.of() : copy(constants);
        events = events == null ? new EventTimes(null, null, null) : events;
    }

    /** The zone of times written without an offset. */
    public java.time.ZoneId zoneId() {
        return java.time.ZoneId.of(zone);
    }

    /** The constant of a field, when the mapping gives one. */
    public java.util.Optional<String> constant(RecordField field) {
        return java.util.Optional.ofNullable(constants.get(field.key()));
    }

    private static final DocumentReader<RecordMapping> READER = new DocumentReader<>(RecordMapping.class, RecordMapping::consistency);

    /**
     * A shipped preset by name.
     *
     * @throws IllegalArgumentException naming the presets there are
     */
    public static RecordMapping preset(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!PRESETS.contains(key)) {
            throw new IllegalArgumentException("unknown mapping preset '" + name + "'; expected one of " + PRESETS + " or a mapping file");
        }
        return PRESET_CACHE.computeIfAbsent(key, RecordMapping::loadPreset);
    }

    /** Presets read once: they are immutable and read on every call otherwise. */
    private static final java.util.concurrent.ConcurrentMap<String, RecordMapping> PRESET_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static RecordMapping loadPreset(String key) {
        String resource = "dev/itss/records/presets/" + key + ".yaml";
        try (InputStream in = RecordMapping.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset " + resource + " is missing from the classpath");
            }
            // validated in full by RecordMappingPresetsTest; read here without Bean Validation, whose start costs more than itss kpi on a small file
            return READER.readBuiltIn(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The text of a shipped preset, for tests that validate it in full. */
    static String presetText(String name) {
        String resource = "dev/itss/records/presets/" + name + ".yaml";
        try (InputStream in = RecordMapping.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The reader of mapping files, with Bean Validation. */
    static DocumentReader<RecordMapping> reader() {
        return READER;
    }

    /** A mapping file (YAML or JSON). */
    public static RecordMapping read(Path file) {
        return READER.read(file);
    }

    /** The column mapped to a field, when mapped. */
    public java.util.Optional<String> column(TicketField field) {
        return java.util.Optional.ofNullable(columns.get(field.key()));
    }

    /** The kind of the rows (the mapping was checked to name a known one). */
    public RecordKind recordKind() {
        return RecordKind.ofKey(kind).orElseThrow(() -> new IllegalStateException("unknown kind " + kind));
    }

    /** An export value after the field's value map: the listed value, else the {@code "*"} value, else itself. */
    public String mapValue(String fieldKey, String raw) {
        Map<String, String> map = values.get(fieldKey);
        if (map == null) {
            return raw;
        }
        String mapped = map.get(raw);
        if (mapped != null) {
            return mapped;
        }
        return map.getOrDefault(ANY_OTHER_VALUE, raw);
    }

    /** The charset of {@link #encoding()}. */
    public Charset charset() {
        return Charset.forName(encoding);
    }

    private static boolean supported(String encoding) {
        try {
            return Charset.isSupported(encoding);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private static List<InputProblem> consistency(RecordMapping mapping) {
        List<InputProblem> problems = new ArrayList<>();
        if (mapping.delimiter().length() != 1) {
            problems.add(InputProblem.at("", "delimiter", "must be one character, was '" + mapping.delimiter() + "'"));
        }
        if (!supported(mapping.encoding())) {
            problems.add(InputProblem.at("", "encoding", "unknown encoding '" + mapping.encoding() + "'; expected e.g. UTF-8, GBK or GB18030"));
        }
        java.util.Optional<RecordKind> kind = RecordKind.ofKey(mapping.kind());
        if (kind.isEmpty()) {
            problems.add(InputProblem.at("", "kind", "unknown kind '" + mapping.kind() + "'; expected one of " + RecordKind.keys()));
            return problems;
        }
        List<String> known = kind.get().fields().stream().map(RecordField::key).toList();
        for (String key : mapping.columns().keySet()) {
            if (!known.contains(key)) {
                problems.add(InputProblem.at("", "columns." + key, "unknown field for " + mapping.kind() + "; expected one of " + known));
            }
        }
        for (String key : mapping.constants().keySet()) {
            if (!known.contains(key)) {
                problems.add(InputProblem.at("", "constants." + key, "unknown field for " + mapping.kind() + "; expected one of " + known));
            }
        }
        EventTimes events = mapping.events();
        boolean openingFromEvents = events.opening() == EventTimes.Opening.FIRST_EVENT;
        for (RecordField field : kind.get().fields()) {
            boolean derived = openingFromEvents && field == TicketField.OPENED_AT;
            if (field.isRequired() && !derived && !mapping.columns().containsKey(field.key()) && !mapping.constants().containsKey(field.key())) {
                problems.add(InputProblem.at("", "columns." + field.key(), "is required: name the column that holds it"
                        + (field == TicketField.OPENED_AT ? " (or derive it from an event log with events.opening: firstEvent)" : "")));
            }
        }
        if (events.derivesAny()) {
            if (kind.get() != RecordKind.TICKETS) {
                problems.add(InputProblem.at("", "events", "event times are for ticket exports, not " + mapping.kind()));
            } else if (!mapping.columns().containsKey(TicketField.EVENT_AT.key())) {
                problems.add(InputProblem.at("", "columns.eventAt", "is required by events: name the column with each row's event time"));
            }
            if (events.resolution() == EventTimes.Resolution.LAST_DONE_RUN && !mapping.columns().containsKey(TicketField.STATE.key())) {
                problems.add(InputProblem.at("", "events.resolution", "lastDoneRun needs the state column (columns.state)"));
            }
            if (!events.responseActivities().isEmpty() && !mapping.columns().containsKey(TicketField.ACTIVITY.key())) {
                problems.add(InputProblem.at("", "events.responseActivities", "needs the activity column (columns.activity)"));
            }
        }
        try {
            mapping.zoneId();
        } catch (java.time.DateTimeException e) {
            problems.add(InputProblem.at("", "zone", "unknown time zone '" + mapping.zone() + "'; expected a zone id such as Asia/Shanghai, UTC or +08:00"));
        }
        if (kind.get() == RecordKind.TIMESHEETS && !mapping.columns().containsKey(WorkField.WORKED_HOURS.key())
                && !mapping.columns().containsKey(WorkField.ROSTERED_HOURS.key())) {
            problems.add(InputProblem.at("", "columns", "a timesheet mapping needs workedHours, rosteredHours or both"));
        }
        for (String key : mapping.values().keySet()) {
            if (!known.contains(key)) {
                problems.add(InputProblem.at("", "values." + key, "unknown field for " + mapping.kind() + "; expected one of " + known));
            }
        }
        for (String pattern : mapping.dateFormats()) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.at("", "dateFormats", "'" + pattern + "' is not a date pattern: " + e.getMessage()));
            }
        }
        return problems;
    }
}
