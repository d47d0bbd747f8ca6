package dev.itss.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.itss.check.Outcome;
import dev.itss.engine.Assessment;
import dev.itss.internal.Mappers;
import dev.itss.model.Element;
import dev.itss.model.Period;
import dev.itss.model.Severity;
import dev.itss.model.Subject;
import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two periods' findings, by identity (rule id + entity ids): new, resolved
 * and persisting. Numbers and texts play no part, so a finding whose values moved is the same
 * finding, persisting.
 *
 * <pre>{@code
 * AssessmentDiff diff = AssessmentDiff.of(q2, q3);
 * diff.resolved().forEach(f -> System.out.println("resolved " + f.key()));
 * }</pre>
 *
 * @param before     the earlier period
 * @param after      the later period
 * @param added      findings of the later period the earlier one did not have
 * @param resolved   findings of the earlier period the later one does not have
 * @param persisting findings of both, as they are in the later period (severity may differ)
 */
@dev.itss.model.Covers({"S-5"})
public record AssessmentDiff(Period before, Period after, List<FindingRef> added, List<FindingRef> resolved, List<Persisting> persisting) {

    /** The version of the diff JSON's layout. */
    public static final int SCHEMA_VERSION = 1;

    public AssessmentDiff {
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
        persisting = List.copyOf(persisting);
    }

    /**
     * A finding in both periods.
     *
     * @param before as it was
     * @param after  as it is
     */
    public record Persisting(FindingRef before, FindingRef after) {
        /** True when its severity rose. */
        public boolean worse() {
            return after.severity().compareTo(before.severity()) > 0;
        }
    }

    /** The diff of two assessments, earlier first. */
    public static AssessmentDiff of(Assessment before, Assessment after) {
        return of(before.period(), before.findings().findings().stream().map(FindingRef::of).toList(),
                after.period(), after.findings().findings().stream().map(FindingRef::of).toList());
    }

    /** The diff of two lists of findings, earlier first. */
    public static AssessmentDiff of(Period before, List<FindingRef> earlier, Period after, List<FindingRef> later) {
        Map<String, FindingRef> was = new LinkedHashMap<>();
        earlier.forEach(f -> was.put(f.key(), f));
        Map<String, FindingRef> is = new LinkedHashMap<>();
        later.forEach(f -> is.put(f.key(), f));
        List<FindingRef> added = new ArrayList<>();
        List<Persisting> persisting = new ArrayList<>();
        is.forEach((key, f) -> {
            if (was.containsKey(key)) {
                persisting.add(new Persisting(was.get(key), f));
            } else {
                added.add(f);
            }
        });
        List<FindingRef> resolved = was.values().stream().filter(f -> !is.containsKey(f.key())).toList();
        return new AssessmentDiff(before, after, added, resolved, persisting);
    }

    /**
     * The findings of an assessment JSON report ({@code itss assess --format json}), with its period.
     *
     * @throws InvalidInputException naming the file and the field when it is not such a report
     */
    public static Map.Entry<Period, List<FindingRef>> readReport(Path file) {
        JsonNode root;
        try {
            root = Mappers.json().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "cannot read an assessment JSON report: " + e.getMessage())));
        }
        String where = file.toString();
        if (root == null || !root.isObject() || !"assessment".equals(root.path("kind").asText())) {
            throw new InvalidInputException(List.of(InputProblem.at(where, "kind", "expected an assessment JSON report (itss assess --format json), "
                    + "whose kind is \"assessment\"")));
        }
        if (root.path("schemaVersion").asInt() != Assessment.SCHEMA_VERSION) {
            throw new InvalidInputException(List.of(InputProblem.at(where, "schemaVersion", "this library reads assessment reports of version "
                    + Assessment.SCHEMA_VERSION + ", was " + root.path("schemaVersion"))));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<FindingRef> findings = new ArrayList<>();
        JsonNode list = root.path("findings");
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            try {
                JsonNode subject = f.path("subject");
                findings.add(new FindingRef(text(f, "key"), text(f, "ruleId"), Element.valueOf(text(f, "element")), Severity.valueOf(text(f, "severity")),
                        new Subject(text(subject, "kind"), text(subject, "id"), subject.path("name").asText("")), Outcome.valueOf(text(f, "outcome"))));
            } catch (IllegalArgumentException e) {
                problems.add(InputProblem.at(where, "findings[" + i + "]", e.getMessage()));
            }
        }
        Period period;
        try {
            period = new Period(LocalDate.parse(text(root.path("period"), "start")), LocalDate.parse(text(root.path("period"), "end")));
        } catch (RuntimeException e) {
            problems.add(InputProblem.at(where, "period", "expected start and end dates (YYYY-MM-DD): " + e.getMessage()));
            period = null;
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Map.entry(period, findings);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + ": missing or not text");
        }
        return value.asText();
    }
}
