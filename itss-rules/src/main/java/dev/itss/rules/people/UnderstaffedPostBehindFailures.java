package dev.itss.rules.people;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.measure.Evidence;
import dev.itss.measure.Formulas;
import dev.itss.measure.Measurement;
import dev.itss.measure.Subjects;
import dev.itss.measure.Unit;
import dev.itss.model.ServiceOffering;
import dev.itss.model.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification: an understaffed post behind the failures of the work it does: the services it
 * serves ({@code ServiceOffering.posts}) below their SLA and, when it staffs the service desk
 * ({@code ServiceDesk.post}), the calls the desk missed (PPL-010).
 *
 * @param staffed     engineers on the post
 * @param required    engineers it needs
 * @param services    the services it serves that miss their SLA (identity)
 * @param slaMissed   each of those with its attainment against the agreed target
 * @param missedCalls the desk's missed calls when the post staffs it, as {@code missed / offered}; empty otherwise
 */
public record UnderstaffedPostBehindFailures(Subject subject, long staffed, int required, List<Subject> services, List<String> slaMissed,
                                             List<String> missedCalls) implements Justification {
    public UnderstaffedPostBehindFailures {
        services = Lists.sorted(services);
        slaMissed = Lists.sorted(slaMissed);
        missedCalls = List.copyOf(missedCalls);
    }

    /** From the rule's matches: the post's subject and headcount, the services below SLA, the desk's answer-rate figure (none or one). */
    public static UnderstaffedPostBehindFailures of(Subject post, long staffed, int required, List<?> services, List<?> answerRate) {
        List<Subject> subjects = new ArrayList<>();
        List<String> slaMissed = new ArrayList<>();
        for (Object o : services) {
            ServiceOffering service = (ServiceOffering) o;
            subjects.add(Subjects.of(service));
            slaMissed.add(service.name() + " " + dev.itss.internal.Numbers.percent(Formulas.slaAttainment(service.tickets()))
                    + " < " + dev.itss.internal.Numbers.percent(service.sla().orElseThrow().attainmentTarget()));
        }
        List<String> calls = new ArrayList<>();
        for (Object o : answerRate) {
            Measurement figure = (Measurement) o;
            calls.add(count(figure, "missed") + " / " + count(figure, "offered") + " (" + dev.itss.internal.Numbers.percent(1 - figure.value()) + ")");
        }
        return new UnderstaffedPostBehindFailures(post, staffed, required, subjects, slaMissed, calls);
    }

    private static String count(Measurement figure, String name) {
        return figure.inputs().stream().filter(e -> e.name().equals(name)).findFirst()
                .map(e -> Long.toString(Math.round(((Number) e.value()).doubleValue()))).orElse("?");
    }

    /** The counts and the failures; the services are shown through {@code slaMissed}. */
    @Override
    public List<Evidence> evidence() {
        return List.of(Evidence.count("staffed", staffed), Evidence.count("required", required),
                new Evidence("slaMissed", slaMissed, Unit.LIST), new Evidence("missedCalls", missedCalls, Unit.LIST));
    }

    /** The services below their SLA: part of the finding's identity. */
    @Override
    public List<Subject> related() {
        return services;
    }
}
