package dev.itss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itss.measure.Threshold;
import dev.itss.check.BandLevel;
import dev.itss.check.Finding;
import dev.itss.check.Justification;
import dev.itss.measure.Direction;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import dev.itss.measure.MetricCatalog;
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
class JustifyTest {
    private static final String RATE = MetricCatalog.ANSWER_RATE;
    private static final Threshold BAND = new Threshold(RATE, Direction.HIGHER_IS_BETTER, 0.95, 0.90, "test", 0, dev.itss.measure.Unit.RATIO);
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

    /** A justification naming the calls missed. */
    record CallsMissed(Subject subject, long missed) implements Justification {}

    private static final Subject DESK = new Subject("service-desk", "service-desk", "Service desk");

    @Test
    void raisesABreachAtTheRuleSeverityWithTheBandTheJustificationAndTheFiguresInputs() {
        Justify.raise(context(), new CallsMissed(DESK, 20), BAND, rate(0.8));
        Finding f = inserted.stream().filter(Finding.class::isInstance).map(Finding.class::cast).findFirst().orElseThrow();
        assertThat(f.level()).isEqualTo(BandLevel.BREACH);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.evidence()).extracting(Evidence::name).containsExactly("observed", "expected", "breach", "missed", "offered");
        assertThat(f.justification()).isEqualTo(new CallsMissed(DESK, 20));
        // the justification is a fact too, for rules that join it
        assertThat(inserted).contains(new CallsMissed(DESK, 20));
    }

    @Test
    void raisesAWarningOneSeverityLower() {
        Justify.raise(context(), new CallsMissed(DESK, 8), BAND, 0.92);
        assertThat(inserted).filteredOn(Finding.class::isInstance).singleElement()
                .satisfies(f -> assertThat(((Finding) f).severity()).isEqualTo(Severity.MEDIUM));
    }

    @Test
    void aFindingWithoutBandHasTheDeclaredSeverityAndOnlyItsJustificationAsEvidence() {
        Justify.raise(context(), new CallsMissed(DESK, 3));
        assertThat(inserted).filteredOn(Finding.class::isInstance).singleElement().satisfies(o -> {
            Finding f = (Finding) o;
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).extracting(Evidence::name).containsExactly("missed");
            assertThat(f.key()).isEqualTo("RES-001|service-desk:service-desk");
        });
    }

    @Test
    void refusesAFiringThatContradictsTheMetricsDirection() {
        assertThatThrownBy(() -> Justify.raise(context(), new CallsMissed(DESK, 1), BAND, rate(0.99)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule RES-001 fired for service-desk:service-desk")
                .hasMessageContaining("inside its band")
                .hasMessageContaining("contradicts the metric's direction");
        assertThat(inserted).isEmpty();
    }
}
