package dev.itss.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.itss.engine.Assessment;
import dev.itss.check.Finding;
import dev.itss.check.NotAvailable;
import dev.itss.check.RuleCatalog;
import dev.itss.check.RuleText;
import dev.itss.improve.ImprovementAction;
import dev.itss.internal.Mappers;
import dev.itss.measure.Evidence;
import dev.itss.measure.Measurement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: the assessment's findings with their evidence and texts rendered
 * in one language, the rules without data, and every measurement.
 *
 * <pre>{@code
 * String json = new JsonReport(engine.rules(), Language.EN).render(assessment);
 * }</pre>
 */
@dev.itss.model.Covers({"S-6"})
public final class JsonReport {

    private final RuleCatalog rules;
    private final Language language;

    public JsonReport(RuleCatalog rules, Language language) {
        this.rules = rules;
        this.language = language;
    }

    /** The report as pretty-printed JSON. */
    public String render(Assessment assessment) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", Assessment.SCHEMA_VERSION);
        root.put("kind", "assessment");
        root.put("organisation", assessment.organisation());
        root.put("period", assessment.period());
        root.put("language", language.tag());
        root.put("engine", assessment.engine());
        root.put("scores", assessment.scores());
        root.put("findings", assessment.findings().findings().stream().map(this::finding).toList());
        root.put("plan", assessment.plan().actions().stream().map(this::action).toList());
        root.put("targets", assessment.plan().targets());
        root.put("waivers", assessment.waivers());
        root.put("notAvailable", assessment.findings().notAvailable().stream().map(JsonReport::notAvailable).toList());
        root.put("measurements", assessment.measurements().all().stream().map(JsonReport::measurement).toList());
        root.put("firedRules", assessment.trace());
        try {
            return Mappers.json().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private Map<String, Object> finding(Finding f) {
        RuleText text = rules.text(f.ruleId(), language.locale());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", f.key());
        out.put("ruleId", f.ruleId());
        out.put("element", f.element());
        out.put("severity", f.severity());
        out.put("level", f.level());
        out.put("outcome", f.outcome());
        out.put("subject", f.subject());
        out.put("related", f.justification().related());
        out.put("metric", f.metric());
        out.put("justification", dev.itss.internal.Maps.ordered("type", f.justification().getClass().getSimpleName(), "evidence", evidence(f.justification().evidence())));
        out.put("title", text.title());
        out.put("message", Texts.fill(text.message(), f, language));
        out.put("motivation", Texts.fill(text.motivation(), f, language));
        out.put("remediation", Texts.fill(text.remediation(), f, language));
        out.put("evidence", evidence(f.evidence()));
        out.put("domainIds", f.domainIds());
        return out;
    }

    private Map<String, Object> action(ImprovementAction a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rank", a.rank());
        out.put("id", a.id());
        out.put("title", a.title().in(language.locale()));
        out.put("description", a.description().in(language.locale()));
        out.put("owner", a.ownerIn(language.locale()));
        out.put("effort", a.effort());
        out.put("severity", a.severity());
        out.put("priority", a.priority());
        out.put("elements", a.elements());
        out.put("findings", a.findings());
        out.put("rules", a.ruleIds());
        out.put("targetRule", a.targetRule().in(language.locale()));
        out.put("decision", a.decision());
        out.put("status", a.status());
        out.put("due", a.due());
        return out;
    }

    private static Map<String, Object> evidence(List<Evidence> evidence) {
        Map<String, Object> out = new LinkedHashMap<>();
        evidence.forEach(e -> out.put(e.name(), dev.itss.internal.Maps.ordered("value", e.value(), "unit", e.unit())));
        return out;
    }

    private static Map<String, Object> notAvailable(NotAvailable n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleId", n.ruleId());
        out.put("element", n.element());
        out.put("outcome", n.outcome());
        out.put("subject", n.subject());
        out.put("metric", n.metric());
        out.put("reason", n.reason());
        return out;
    }

    private static Map<String, Object> measurement(Measurement m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", m.metric());
        out.put("subject", m.subject());
        out.put("available", m.available());
        if (m.available()) {
            out.put("value", m.value());
            out.put("inputs", evidence(m.inputs()));
        } else {
            out.put("reason", m.unavailableReason());
        }
        return out;
    }
}
