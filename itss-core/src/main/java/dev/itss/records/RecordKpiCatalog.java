package dev.itss.records;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import dev.itss.model.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The definitions of the KPIs computed from operational records, per kind of record, read from
 * {@code dev/itss/records/kpis.yaml}: the single source of the definitions that
 * {@code docs/metrics.md} shows and that {@link TicketKpis}, {@link CallKpis}, {@link SpareKpis}
 * and {@link WorkKpis} compute.
 *
 * <pre>{@code
 * for (RecordKpiCatalog.Kind kind : RecordKpiCatalog.standard().kinds()) {
 *     kind.kpis().forEach(kpi -> System.out.println(kind.kind() + "." + kpi.id() + ": " + kpi.definition()));
 * }
 * }</pre>
 *
 * @param kinds the KPIs of each kind of record, in the order of {@link RecordKind}
 */
public record RecordKpiCatalog(@NotEmpty List<@Valid @NotNull Kind> kinds) {
    /** The classpath resource of the definitions. */
    public static final String RESOURCE = "dev/itss/records/kpis.yaml";

    public RecordKpiCatalog {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /**
     * The KPIs of one kind of record.
     *
     * @param kind  the kind ({@link RecordKind#key()})
     * @param basis what every KPI of the kind rests on: the unit of a row, the scope, the final state
     * @param kpis  the KPIs
     */
    public record Kind(@NotBlank String kind, List<@NotBlank String> basis, @NotEmpty List<@Valid @NotNull Kpi> kpis) {
        public Kind {
            basis = basis == null ? List.of() : List.copyOf(basis);
            kpis = kpis == null ? List.of() : List.copyOf(kpis);
        }
    }

    /**
     * One KPI.
     *
     * @param id         its key in {@code itss kpi --format json}
     * @param item       the ITSS measurement item (M- ID)
     * @param metric     the catalogue metric it feeds in an assessment, when it feeds one
     * @param name       its name in English and Chinese
     * @param definition the exact definition, numerator and denominator named
     * @param fields     the canonical fields of the record it reads
     */
    public record Kpi(@NotBlank String id, @NotBlank String item, Optional<String> metric, @NotNull @Valid Bilingual name,
                      @NotBlank String definition, @NotEmpty List<@NotBlank String> fields) {
        public Kpi {
            metric = metric == null ? Optional.empty() : metric;
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    private static volatile RecordKpiCatalog standard;

    /** The shipped definitions, read once. */
    public static RecordKpiCatalog standard() {
        RecordKpiCatalog catalog = standard;
        if (catalog == null) {
            try (InputStream in = RecordKpiCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                catalog = reader().read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = catalog;
        }
        return catalog;
    }

    /** The KPIs of a kind of record. */
    public Kind kind(RecordKind kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind.key())).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no KPIs for " + kind.key()));
    }

    static DocumentReader<RecordKpiCatalog> reader() {
        return new DocumentReader<>(RecordKpiCatalog.class, RecordKpiCatalog::consistency);
    }

    /** Every kind known and listed once, every field a field of its kind, every KPI id unique within its kind. */
    private static List<InputProblem> consistency(RecordKpiCatalog catalog) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < catalog.kinds().size(); i++) {
            Kind kind = catalog.kinds().get(i);
            String at = "kinds[" + i + "]";
            Optional<RecordKind> known = RecordKind.ofKey(kind.kind());
            if (known.isEmpty()) {
                problems.add(InputProblem.at("", at + ".kind", "unknown kind '" + kind.kind() + "'; expected one of " + RecordKind.keys()));
                continue;
            }
            if (seen.contains(kind.kind())) {
                problems.add(InputProblem.at("", at + ".kind", "kind '" + kind.kind() + "' is listed twice"));
            }
            seen.add(kind.kind());
            List<String> ids = new ArrayList<>();
            for (int j = 0; j < kind.kpis().size(); j++) {
                Kpi kpi = kind.kpis().get(j);
                if (ids.contains(kpi.id())) {
                    problems.add(InputProblem.at("", at + ".kpis[" + j + "].id", "'" + kpi.id() + "' is listed twice"));
                }
                ids.add(kpi.id());
                for (String field : kpi.fields()) {
                    if (known.get().field(field).isEmpty()) {
                        problems.add(InputProblem.at("", at + ".kpis[" + j + "].fields", "'" + field + "' is not a field of " + kind.kind()));
                    }
                }
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            if (!seen.contains(kind.key())) {
                problems.add(InputProblem.at("", "kinds", "no KPIs for kind " + kind.key()));
            }
        }
        return problems;
    }
}
