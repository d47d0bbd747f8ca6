package dev.itss.cli;

import dev.itss.check.Finding;
import dev.itss.history.ImprovementCycle;
import dev.itss.model.Severity;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loop as JSON: per period its finding counts and keys, the verification and the plan; then diffs, trends and the next plan. */
final class CycleJson {
    private CycleJson() {}

    static Map<String, Object> of(ImprovementCycle cycle) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("organisation", cycle.steps().get(0).assessment().organisation());
        root.put("strategy", cycle.strategy());
        root.put("periods", cycle.steps().stream().map(CycleJson::step).toList());
        root.put("diffs", cycle.diffs());
        root.put("trends", cycle.trends());
        root.put("nextPlan", cycle.nextPlan());
        return root;
    }

    private static Map<String, Object> step(ImprovementCycle.Step step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", step.name());
        out.put("period", step.assessment().period());
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        step.assessment().openFindings().forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
        out.put("openFindings", counts);
        out.put("findings", step.assessment().findings().findings().stream().map(Finding::key).toList());
        out.put("scores", step.assessment().scores());
        out.put("verification", step.verification());
        out.put("planEdited", step.editedPlan().isPresent());
        out.put("plan", step.plan());
        return out;
    }

}
