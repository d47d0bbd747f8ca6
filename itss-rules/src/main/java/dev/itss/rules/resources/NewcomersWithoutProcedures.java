package dev.itss.rules.resources;

import dev.itss.check.Justification;
import dev.itss.internal.Lists;
import dev.itss.model.Subject;
import java.util.List;

/**
 * Justification: newcomers joined while activities lack current SOPs (RES-018).
 */
public record NewcomersWithoutProcedures(Subject subject, List<String> newcomers, List<Subject> withoutSop, List<Subject> staleSops) implements Justification {
    public NewcomersWithoutProcedures {
        newcomers = Lists.sorted(newcomers);
        withoutSop = Lists.sorted(withoutSop);
        staleSops = Lists.sorted(staleSops);
    }
}
