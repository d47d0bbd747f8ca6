package dev.itss.packs;

import dev.itss.read.InputProblem;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.KiePackage;

/**
 * A pack's DRL after the lint and the compiler: the packages to add to a rule base, the rules as
 * parsed, and every problem found. The packages are usable only when there are no problems.
 *
 * @param packages the compiled packages
 * @param rules    the rules of every DRL file, in file order
 * @param problems every problem, each with file, line and rule
 * @param parsedAll whether every file parsed, so that {@code rules} is every rule of the pack (a
 *                  file with a syntax error gives none)
 */
public record CompiledPack(Collection<KiePackage> packages, List<ParsedRule> rules, List<InputProblem> problems, boolean parsedAll) {
    public CompiledPack {
        packages = List.copyOf(packages);
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }
}
