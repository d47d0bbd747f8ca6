package dev.itss.policy;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import dev.itss.read.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy file (YAML or JSON). Every key is optional, so an organisation writes only what
 * it changes:
 *
 * <pre>{@code
 * # policy.yaml
 * bands:
 *   service_desk.answer_rate: {warning: 0.95, breach: 0.90, source: "contract annex 2"}
 * disabledRules: [RES-004]
 * severities: {TEC-002: HIGH}
 * }</pre>
 *
 * <p>Whether the metric and rule ids exist is checked by the engine, which knows the catalogues.
 */
public final class PolicyReader {
    private static final PolicyReader STANDARD = new PolicyReader();

    private final DocumentReader<Policy> reader = new DocumentReader<>(Policy.class, PolicyReader::consistency);

    private PolicyReader() {}

    /** The shared, thread-safe reader. */
    public static PolicyReader standard() {
        return STANDARD;
    }

    /** Reads a policy file. */
    /**
     * Problems found after the file was read (by {@link dev.itss.engine.AssessmentEngine#checkPolicy},
     * against the rules and the metric catalogue), placed in it: file, line, column and path.
     */
    public java.util.List<dev.itss.read.InputProblem> placeIn(Path file, java.util.List<dev.itss.read.InputProblem> problems) {
        return reader.placeIn(file, problems);
    }

    public Policy read(Path file) {
        return reader.read(file);
    }

    /** Reads a policy held in memory, e.g. a resource. */
    public Policy read(String source, String text, DocumentFormat format) {
        return reader.read(source, text, format);
    }

    /**
     * Reads a policy shipped inside a rule pack, without Bean Validation (see
     * {@link DocumentReader#readBuiltIn}); the pack's tests must read it with {@link #read(String, String, DocumentFormat)}.
     */
    public Policy readBuiltIn(String source, String text, DocumentFormat format) {
        return reader.readBuiltIn(source, text, format);
    }

    private static List<InputProblem> consistency(Policy policy) {
        List<InputProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Band> entry : policy.bands().entrySet()) {
            Band band = entry.getValue();
            if (band.warning().isNaN() || band.breach().isNaN() || band.warning().isInfinite() || band.breach().isInfinite()) {
                problems.add(InputProblem.at("", "bands." + entry.getKey(), "bounds must be finite numbers, were " + band.warning() + " and " + band.breach()));
            }
        }
        policy.ticketSla().flatMap(TicketSla::calendar).ifPresent(hours -> {
            if (!hours.end().isAfter(hours.start())) {
                problems.add(InputProblem.at("", "ticketSla.calendar.end", "must be after start (" + hours.start() + "), was " + hours.end()));
            }
            if (hours.days().isEmpty()) {
                problems.add(InputProblem.at("", "ticketSla.calendar.days", "must name at least one working day"));
            }
        });
        return problems;
    }
}
