package dev.itss.records;

import dev.itss.io.DocumentFormat;
import dev.itss.io.DocumentReader;
import dev.itss.io.InputProblem;
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
 * @param kind        what the rows are: {@code tickets} (the default) or {@code calls} (service-desk
 *                    call records, see {@link CallField})
 * @param delimiter   the column separator, one character
 * @param encoding    the file encoding (UTF-8, with or without BOM; GBK; GB18030...)
 * @param dateFormats date-time patterns tried in order ({@link java.time.format.DateTimeFormatter}); a
 *                    pattern without time reads as midnight
 * @param missing     tokens that mean "no value"
 * @param columns     canonical field name ({@link TicketField#key()}) to column header
 * @param values      per canonical field, export value to canonical value
 */
public record RecordMapping(
        @NotBlank String name,
        String kind,
        @NotBlank String delimiter,
        @NotBlank String encoding,
        @NotEmpty List<@NotBlank String> dateFormats,
        List<@NotNull String> missing,
        @NotEmpty Map<@NotBlank String, @NotBlank String> columns,
        Map<@NotBlank String, Map<String, String>> values) {

    /** The presets shipped: the project's canonical format, ServiceNow incident exports, Jira Service Management. */
    public static final List<String> PRESETS = List.of("canonical", "servicenow", "jira", "calls");

    /** The kind of ticket exports. */
    public static final String TICKETS = "tickets";
    /** The kind of service-desk call records. */
    public static final String CALLS = "calls";

    public RecordMapping {
        kind = kind == null || kind.isBlank() ? TICKETS : kind.trim().toLowerCase(Locale.ROOT);
        missing = missing == null ? List.of("") : List.copyOf(missing);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
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
            return READER.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A mapping file (YAML or JSON). */
    public static RecordMapping read(Path file) {
        return READER.read(file);
    }

    /** The column mapped to a field, when mapped. */
    public java.util.Optional<String> column(TicketField field) {
        return java.util.Optional.ofNullable(columns.get(field.key()));
    }

    /** The charset of {@link #encoding()}. */
    public Charset charset() {
        return Charset.forName(encoding);
    }

    private static List<InputProblem> consistency(RecordMapping mapping) {
        List<InputProblem> problems = new ArrayList<>();
        if (mapping.delimiter().length() != 1) {
            problems.add(InputProblem.at("", "delimiter", "must be one character, was '" + mapping.delimiter() + "'"));
        }
        if (!Charset.isSupported(mapping.encoding())) {
            problems.add(InputProblem.at("", "encoding", "unknown encoding '" + mapping.encoding() + "'; expected e.g. UTF-8, GBK or GB18030"));
        }
        if (!mapping.kind().equals(TICKETS) && !mapping.kind().equals(CALLS)) {
            problems.add(InputProblem.at("", "kind", "unknown kind '" + mapping.kind() + "'; expected tickets or calls"));
            return problems;
        }
        List<String> known = mapping.kind().equals(CALLS)
                ? java.util.Arrays.stream(CallField.values()).map(CallField::key).toList()
                : java.util.Arrays.stream(TicketField.values()).map(TicketField::key).toList();
        List<String> required = mapping.kind().equals(CALLS)
                ? List.of(CallField.OFFERED_AT.key(), CallField.ANSWERED.key())
                : List.of(TicketField.TICKET.key(), TicketField.OPENED_AT.key());
        for (String key : mapping.columns().keySet()) {
            if (!known.contains(key)) {
                problems.add(InputProblem.at("", "columns." + key, "unknown field for " + mapping.kind() + "; expected one of " + known));
            }
        }
        for (String key : required) {
            if (!mapping.columns().containsKey(key)) {
                problems.add(InputProblem.at("", "columns." + key, "is required: name the column that holds it"));
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
