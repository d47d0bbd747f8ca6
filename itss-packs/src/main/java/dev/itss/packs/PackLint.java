package dev.itss.packs;

import dev.itss.check.RuleDescriptor;
import dev.itss.engine.PackFile;
import dev.itss.engine.RulePack;
import dev.itss.internal.Names;
import dev.itss.read.InputProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pack lint: required metadata, well-formed and unique ids, names the engine knows (metrics,
 * fact types, action templates), no threshold number inside a constraint, and no import or call
 * that reaches outside the assessment. It reads the text, so it catches a call written fully
 * qualified as well as an import; it is not a sandbox (docs/authoring-rules.md): DRL runs Java,
 * and a determined author can hide a call from any text check. A trusted pack skips the refusals.
 */
final class PackLint {

    /** A refused construct: what it matches and why it is refused. */
    record Refusal(Pattern pattern, String reason) {}

    static final List<Refusal> REFUSALS = List.of(
            refuse("\\bjava\\s*\\.\\s*(io|nio)\\b", "reaches the file system"),
            refuse("\\b(File|Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)\\s*[.(]", "reaches the file system"),
            refuse("\\bjava\\s*\\.\\s*(net|rmi|sql)\\b|\\bjavax\\s*\\.\\s*(net|naming|sql|management)\\b", "reaches the network or other systems"),
            refuse("\\b(Socket|ServerSocket|DatagramSocket|URL|URI|HttpClient|InetAddress|DriverManager|InitialContext)\\s*[.(]", "reaches the network or other systems"),
            refuse("\\b(Runtime|ProcessBuilder|ProcessHandle)\\b", "starts or controls processes"),
            refuse("\\bSystem\\s*\\.\\s*(exit|halt|getenv|getProperty|getProperties|setProperty|setProperties|clearProperty|load|loadLibrary|setIn|setOut|setErr|console|in|out|err|setSecurityManager)\\b",
                    "reaches the JVM or the console (rules raise findings; they do not print or exit)"),
            refuse("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b|\\b(getDeclared\\w*|setAccessible|getMethods?|getFields?|getConstructors?|MethodHandles?)\\s*[.(]",
                    "uses reflection"),
            refuse("\\bClass\\s*\\.\\s*forName\\b|\\bClassLoader\\b|\\bgetClassLoader\\s*\\(|\\bjavax\\s*\\.\\s*script\\b|\\bScriptEngine\\w*",
                    "loads classes or code"));

    private static Refusal refuse(String regex, String reason) {
        return new Refusal(Pattern.compile(regex), reason);
    }

    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])(\\d+(?:\\.\\d+)?|\\.\\d+)[lLdDfF]?(?![\\w.])");
    private static final Pattern METRIC_LITERAL = Pattern.compile("\\bmetric\\s*==\\s*\"([^\"]*)\"");

    private final RulePack pack;
    private final LintContext context;
    private final boolean trusted;
    private final List<InputProblem> problems = new ArrayList<>();

    PackLint(RulePack pack, LintContext context, boolean trusted) {
        this.pack = pack;
        this.context = context;
        this.trusted = trusted;
    }

    List<InputProblem> problems() {
        return problems;
    }

    /** Lints one DRL file and its parsed rules. */
    void lint(PackFile file, Code code, List<ParsedRule> rules) {
        if (!trusted) {
            refusals(file, code, rules);
        }
        for (ParsedRule rule : rules) {
            metadata(rule);
            constraints(file, code, rule);
        }
    }

    /** Ids unique within the pack, and a built-in id only where the pack replaces it. */
    void ids(List<ParsedRule> rules) {
        Map<String, ParsedRule> seen = new HashMap<>();
        for (ParsedRule rule : rules) {
            String id = rule.id();
            if (id.isEmpty()) {
                continue;
            }
            ParsedRule first = seen.putIfAbsent(id, rule);
            if (first != null) {
                add(rule.file(), rule.line(), rule.label(), "id " + id + " is used twice; it is also the id of rule \"" + first.name()
                        + "\" (" + first.file().path() + ":" + first.line() + "); ids are unique and never reused");
            } else {
                context.builtInConflict(id, "this rule").ifPresent(message -> add(rule.file(), rule.line(), rule.label(), message));
            }
        }
    }

    private void refusals(PackFile file, Code code, List<ParsedRule> rules) {
        String text = code.blanked();
        Set<String> seen = new java.util.HashSet<>();
        for (Refusal refusal : REFUSALS) {
            Matcher m = refusal.pattern().matcher(text);
            while (m.find()) {
                int line = code.lineOf(m.start());
                if (!seen.add(line + refusal.reason())) {
                    continue;   // one refusal of a kind per line
                }
                String found = code.original().substring(m.start(), m.end()).replaceAll("\\s+", "").replaceAll("[.(]$", "");
                add(file, line, enclosing(rules, line), "refused: '" + found + "' " + refusal.reason()
                        + "; a pack's rules read the assessment's facts and raise findings. If the pack's authors are trusted, "
                        + "build the engine with withTrustedPack (itss: --trusted-rules)");
            }
        }
    }

    private void metadata(ParsedRule rule) {
        List<String> found = new ArrayList<>();
        Optional<RuleDescriptor> descriptor = RuleDescriptor.fromMetadata(rule.metadata(), found);
        found.forEach(message -> add(rule.file(), rule.line(), rule.label(), message));
        descriptor.ifPresent(d -> {
            for (String input : d.inputs()) {
                if (!input.isEmpty() && Character.isUpperCase(input.charAt(0))) {
                    String type = input.contains(".") ? input.substring(0, input.indexOf('.')) : input;
                    if (!context.factTypes().contains(type)) {
                        add(rule.file(), rule.line(), rule.label(), "@inputs names '" + input + "', which is no fact type" + Names.didYouMean(type, context.factTypes())
                                + " (docs/facts.md lists them)");
                    }
                } else if (!context.metrics().contains(input)) {
                    add(rule.file(), rule.line(), rule.label(), "@inputs names unknown metric '" + input + "'" + Names.didYouMean(input, context.metrics())
                            + " (itss metrics list names every metric; a pack defines its own in pack.yaml)");
                }
            }
            if (!d.action().isEmpty() && !context.templates().contains(d.action())) {
                add(rule.file(), rule.line(), rule.label(), "@action names unknown action template '" + d.action() + "'" + Names.didYouMean(d.action(), context.templates()));
            }
        });
    }

    /** The left-hand side: no threshold numbers, and every metric it names exists. */
    private void constraints(PackFile file, Code code, ParsedRule rule) {
        int from = code.offsetOf(rule.line());
        int to = rule.thenLine() > 0 ? code.offsetOf(rule.thenLine()) : code.offsetOf(rule.endLine());
        Matcher when = WHEN.matcher(code.blanked()).region(from, Math.max(from, to));
        if (!when.find()) {
            return;
        }
        int lhs = when.end();
        Matcher number = NUMBER.matcher(code.blanked()).region(lhs, Math.max(lhs, to));
        while (number.find()) {
            double value = Double.parseDouble(number.group(1));
            if (value != 0 && value != 1) {
                add(file, code.lineOf(number.start()), rule.label(), "threshold number " + number.group(1) + " inside a constraint; bounds come from the policy: "
                        + "compare with the metric's band (Threshold( metric == \"...\" ), Bands.beyond) and set the band in policy.yaml. "
                        + "0 and 1 as structural counts are fine");
            }
        }
        Matcher metric = METRIC_LITERAL.matcher(code.original()).region(lhs, Math.max(lhs, to));
        while (metric.find()) {
            String id = metric.group(1);
            if (!context.metrics().contains(id)) {
                add(file, code.lineOf(metric.start()), rule.label(), "unknown metric '" + id + "'" + Names.didYouMean(id, context.metrics())
                        + "; the rule would never fire (itss metrics list names every metric; a pack defines its own in pack.yaml)");
            }
        }
    }

    static String enclosing(List<ParsedRule> rules, int line) {
        return rules.stream().filter(r -> r.contains(line)).map(ParsedRule::label).findFirst().orElse("");
    }

    void add(PackFile file, int line, String rule, String message) {
        problems.add(new InputProblem(pack.where(file), line > 0 ? Optional.of(line) : Optional.empty(), Optional.empty(), rule, message));
    }
}
