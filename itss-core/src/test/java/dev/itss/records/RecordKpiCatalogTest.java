package dev.itss.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.read.DocumentFormat;
import dev.itss.read.InvalidInputException;
import dev.itss.measure.MetricCatalog;
import dev.itss.measure.MetricDefinition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The KPI definitions of operational records: complete, consistent with the field enums and the metric catalogue. */
class RecordKpiCatalogTest {
    private static final RecordKpiCatalog CATALOG = RecordKpiCatalog.standard();

    @Test
    void everyKindHasItsKpisAndEveryMetricNamedExists() {
        assertThat(CATALOG.kinds()).extracting(RecordKpiCatalog.Kind::kind).containsExactlyElementsOf(RecordKind.keys());
        for (RecordKpiCatalog.Kind kind : CATALOG.kinds()) {
            for (RecordKpiCatalog.Kpi kpi : kind.kpis()) {
                kpi.metric().ifPresent(m -> assertThat(MetricCatalog.standard().find(m)).as(kind.kind() + "." + kpi.id() + " feeds " + m).isPresent());
            }
        }
    }

    @Test
    void everyMetricMeasuredOnlyFromRecordsIsDefinedHere() {
        Set<String> fed = CATALOG.kinds().stream().flatMap(k -> k.kpis().stream()).flatMap(k -> k.metric().stream()).collect(Collectors.toSet());
        List<String> fromRecordsOnly = MetricCatalog.standard().definitions().stream()
                .filter(d -> d.inputs().stream().allMatch(i -> i.startsWith("records")))
                .map(MetricDefinition::id).toList();
        assertThat(fromRecordsOnly).isNotEmpty();
        assertThat(fed).containsAll(fromRecordsOnly);
    }

    @Test
    void aBadDefinitionFileIsReportedWithItsPath() {
        String yaml = """
                kinds:
                  - kind: calls
                    kpis:
                      - {id: answerRate, item: M-R-05, name: {en: A, zh: A}, definition: d, fields: [answered, lifted]}
                  - kind: pagers
                    kpis:
                      - {id: x, item: M-R-05, name: {en: A, zh: A}, definition: d, fields: [a]}
                """;
        assertThatThrownBy(() -> RecordKpiCatalog.reader().read("kpis.yaml", yaml, DocumentFormat.YAML))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kinds[0].kpis[0].fields: 'lifted' is not a field of calls")
                .hasMessageContaining("kinds[1].kind: unknown kind 'pagers'")
                .hasMessageContaining("kinds: no KPIs for kind tickets");
    }
}
