package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.engine.spi.Threshold;
import dev.itss.finding.BandLevel;
import dev.itss.finding.Finding;
import dev.itss.metric.Direction;
import dev.itss.metric.Evidence;
import dev.itss.metric.Measurement;
import dev.itss.metric.MetricCatalog;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.RuleContext;

/** The finding factory, called the way a consequence calls it, over a stand-in rule context. */
class DetectTest {
    private static final String RATE = MetricCatalog.ANSWER_RATE;
    private static final Threshold BAND = new Threshold(RATE, Direction.HIGHER_IS_BETTER, 0.95, 0.90, "test");
    private final List<Object> inserted = new ArrayList<>();

    private RuleContext context() {
        Rule rule = (Rule) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Rule.class}, (p, m, a) -> switch (m.getName()) {
            case "getMetaData" -> Map.of("id", "RES-001", "element", "RESOURCES", "severity", "HIGH", "domain", "P-R-06", "lifecycle", "L-3",
                    "inputs", RATE);
            case "getName" -> "RES-001";
            case "getPackageName" -> "dev.itss.rules.resources";
            default -> throw new UnsupportedOperationException(m.getName());
        });
        KieRuntime runtime = (KieRuntime) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {KieRuntime.class}, (p, m, a) -> {
            if (m.getName().equals("insert")) {
                inserted.add(a[0]);
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        return (RuleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RuleContext.class}, (p, m, a) -> switch (m.getName()) {
            case "getRule" -> rule;
            case "getKieRuntime" -> runtime;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static Measurement rate(double value) {
        return Measurement.of(RATE, new Subject("service-desk", "service-desk", "Service desk"), value, Evidence.count("offered", 100));
    }

    @Test
    void raisesABreachAtTheRuleSeverityWithObservedExpectedAndInputs() {
        Detect.raise(context(), rate(0.8), BAND);
        assertThat(inserted).singleElement().isInstanceOfSatisfying(Finding.class, f -> {
            assertThat(f.level()).isEqualTo(BandLevel.BREACH);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).extracting(Evidence::name).containsExactly("observed", "expected", "breach", "offered");
        });
    }

    @Test
    void raisesAWarningOneSeverityLower() {
        Detect.raise(context(), rate(0.92), BAND);
        assertThat(((Finding) inserted.get(0)).severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void refusesAFiringThatContradictsTheMetricsDirection() {
        assertThatThrownBy(() -> Detect.raise(context(), rate(0.99), BAND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule RES-001 fired for service-desk:service-desk")
                .hasMessageContaining("inside its band")
                .hasMessageContaining("contradicts the metric's direction");
        assertThat(inserted).isEmpty();
    }
}
