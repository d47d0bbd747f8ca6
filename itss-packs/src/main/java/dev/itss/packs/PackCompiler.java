package dev.itss.packs;

import dev.itss.engine.PackFile;
import dev.itss.engine.RulePack;
import dev.itss.internal.Names;
import dev.itss.read.InputProblem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a pack's DRL files with the classic Drools builder, which reports every error of every
 * file at once with its line (the executable-model builder stops at the first), after the lint.
 * Errors are rewritten for a rule author: each names the file, the line and the rule; an unknown
 * field names the fact type and the nearest field; a syntax error the parser notices at the next
 * keyword points at the unfinished line before it.
 *
 * <pre>{@code
 * CompiledPack compiled = PackCompiler.compile(pack, false, context, MyRules.class.getClassLoader());
 * compiled.problems().forEach(System.err::println);
 * }</pre>
 */
public final class PackCompiler {
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");
    private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+) cannot be resolved");
    private static final Pattern PARSER_LINE = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*?)(?: in rule \"?([^\"]*)\"?)?$", Pattern.DOTALL);
    private static final Set<String> KEYWORDS = Set.of("then", "end", "rule", "when", "query", "declare", "function", "import", "<EOF>");

    private PackCompiler() {}

    /**
     * Lints and compiles the pack's DRL files.
     *
     * @param pack    the pack
     * @param trusted whether the lint's refusals are skipped
     * @param context the names the engine knows
     * @param loader  the class loader that sees the fact types and helpers the rules import
     */
    public static CompiledPack compile(RulePack pack, boolean trusted, LintContext context, ClassLoader loader) {
        PackLint lint = new PackLint(pack, context, trusted);
        List<ParsedRule> rules = new ArrayList<>();
        Map<PackFile, Code> codes = new LinkedHashMap<>();
        boolean parsedAll = true;
        for (PackFile file : pack.files(PackFile.Kind.DRL)) {
            Code code = new Code(file.text());
            codes.put(file, code);
            Optional<List<ParsedRule>> parsed = parse(file);
            parsedAll &= parsed.isPresent();
            rules.addAll(parsed.orElse(List.of()));
            lint.lint(file, code, parsed.orElse(List.of()));
        }
        lint.ids(rules);
        if (codes.isEmpty()) {
            return new CompiledPack(List.of(), rules, lint.problems(), true);
        }
        List<InputProblem> compiled = new ArrayList<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
        Map<Resource, PackFile> byResource = new IdentityHashMap<>();
        for (PackFile file : codes.keySet()) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8)).setSourcePath(file.path());
            byResource.put(resource, file);
            try {
                builder.add(resource, ResourceType.DRL);
            } catch (RuntimeException e) {
                // the builder throws on a few inputs instead of reporting them (docs/drools.md)
                lint.add(file, 0, "", "the DRL compiler failed: " + e);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        List<KnowledgeBuilderError> errors = new ArrayList<>(builder.getErrors());
        // the file of each error: the resource it names, or the only file
        Map<KnowledgeBuilderError, PackFile> fileOf = new IdentityHashMap<>();
        Map<PackFile, Integer> errorsPerFile = new IdentityHashMap<>();
        for (KnowledgeBuilderError error : errors) {
            PackFile file = byResource.get(error.getResource());
            if (file == null && codes.size() == 1) {
                file = codes.keySet().iterator().next();
            }
            if (file != null) {
                fileOf.put(error, file);
                errorsPerFile.merge(file, 1, Integer::sum);
            }
        }
        for (KnowledgeBuilderError error : errors) {
            PackFile file = fileOf.get(error);
            String message = error.getMessage() == null ? String.valueOf(error) : error.getMessage();
            if (message.contains("Parser returned a null Package") && file != null && errorsPerFile.getOrDefault(file, 0) > 1) {
                continue;   // follows a syntax error already reported
            }
            InputProblem problem = file == null
                    ? new InputProblem(pack.origin(), Optional.empty(), Optional.empty(), "", firstLine(message))
                    : explain(pack, file, codes.get(file), rules, error, message, loader);
            if (reported.add(problem.toString())) {
                compiled.add(problem);
            }
        }
        List<InputProblem> problems = new ArrayList<>(lint.problems());
        problems.addAll(compiled);
        problems.sort(java.util.Comparator.comparing(InputProblem::source).thenComparing(p -> p.line().orElse(0)));
        Collection<KiePackage> packages = problems.isEmpty() ? builder.getKnowledgePackages() : List.of();
        return new CompiledPack(packages, rules, problems, parsedAll);
    }

    /** The rules of a file, with their lines and metadata; syntax errors are left to the compiler, which reports them all. */
    static Optional<List<ParsedRule>> parse(PackFile file) {
        PackageDescr descr;
        DrlParser parser = new DrlParser();
        try {
            descr = parser.parse(false, file.text());
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (descr == null || parser.hasErrors()) {
            return Optional.empty();
        }
        List<ParsedRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                Object value = annotation.getValue();
                metadata.put(annotation.getName(), value == null ? "" : unquote(value.toString()));
            }
            int end = rule.getEndLine() > 0 ? rule.getEndLine() : rule.getLine();
            rules.add(new ParsedRule(file, descr.getName(), rule.getName(), rule.getLine(), rule.getConsequenceLine(), end, metadata));
        }
        return Optional.of(rules);
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    /** One compiler error, rewritten for the rule's author. */
    private static InputProblem explain(RulePack pack, PackFile file, Code code, List<ParsedRule> rules, KnowledgeBuilderError error,
                                        String message, ClassLoader loader) {
        int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
        String text = firstLine(message);
        Matcher parser = PARSER_LINE.matcher(message.trim());
        if (parser.matches()) {
            line = Integer.parseInt(parser.group(1));
            text = "syntax error: " + parser.group(3).trim();
            String token = tokenOf(parser.group(3));
            if (token != null && KEYWORDS.contains(token) && Integer.parseInt(parser.group(2)) == 0) {
                int previous = previousCodeLine(code, line);
                if (previous > 0) {
                    text = "syntax error: this line is unfinished (a bracket, comma or operand is missing); the parser noticed at line "
                            + line + " (" + parser.group(3).trim() + ")";
                    line = previous;
                }
            }
        }
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            String type = field.group(1);
            String simple = type.substring(type.lastIndexOf('.') + 1);
            List<String> known = fieldsOf(type, loader);
            text = "unknown field '" + field.group(2) + "' of " + simple + Names.didYouMean(field.group(2), known)
                    + (known.isEmpty() ? "" : " (fields of " + simple + ": " + String.join(", ", known) + "; docs/facts.md)");
            line = lineContaining(code, line, rules, field.group(2)).orElse(line);
        } else if (message.startsWith("Rule Compilation error")) {
            String detail = message.substring("Rule Compilation error".length()).trim();
            Matcher undefined = UNDEFINED_METHOD.matcher(detail);
            Matcher unresolved = CANNOT_RESOLVE.matcher(detail);
            String needle = undefined.find() ? undefined.group(1) + "(" : unresolved.find() ? unresolved.group(1) : null;
            text = "in the consequence: " + firstLine(detail);
            final int ruleLine = line;
            Optional<ParsedRule> rule = rules.stream().filter(r -> r.file() == file && r.contains(ruleLine)).findFirst();
            // the compiler names the rule's first line; point at the statement when the message names what it could not find
            line = rule.flatMap(r -> needle == null ? Optional.<Integer>empty() : find(code, Math.max(r.thenLine(), r.line()), r.endLine(), needle))
                    .or(() -> rule.filter(r -> r.thenLine() > 0).map(r -> r.thenLine() + 1)).orElse(line);
        } else if (message.startsWith("Unable to Analyse Expression") || message.startsWith("Unable to resolve")) {
            text = message.replaceAll("\\s+", " ").replaceAll("\\[Near.*", "").trim();
        }
        int at = line;
        String rule = PackLint.enclosing(rules.stream().filter(r -> r.file() == file).toList(), at);
        if (rule.isEmpty() && parser.matches() && parser.group(4) != null) {
            rule = "rule \"" + parser.group(4) + "\"";
        }
        return new InputProblem(pack.where(file), at > 0 ? Optional.of(at) : Optional.empty(), Optional.empty(), rule, text);
    }

    private static String tokenOf(String message) {
        Matcher m = Pattern.compile("(?:mismatched input|no viable alternative at input|extraneous input) '([^']*)'").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static int previousCodeLine(Code code, int line) {
        for (int l = line - 1; l >= 1; l--) {
            if (!code.line(l).isBlank() && !code.line(l).trim().startsWith("//")) {
                return l;
            }
        }
        return 0;
    }

    /** The first line of the rule around {@code line} that contains {@code needle}. */
    private static Optional<Integer> lineContaining(Code code, int line, List<ParsedRule> rules, String needle) {
        return rules.stream().filter(r -> r.contains(line) || r.line() == line).findFirst().flatMap(r -> find(code, r.line(), r.endLine(), needle));
    }

    private static Optional<Integer> find(Code code, int from, int to, String needle) {
        for (int l = from; l <= to; l++) {
            if (code.line(l).contains(needle)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The fields a rule may read of a fact type: a record's components, else its public no-argument methods. */
    static List<String> fieldsOf(String type, ClassLoader loader) {
        try {
            Class<?> cls = Class.forName(type, false, loader);
            if (cls.isRecord()) {
                return java.util.Arrays.stream(cls.getRecordComponents()).map(RecordComponent::getName).toList();
            }
            List<String> out = new ArrayList<>();
            for (Method m : cls.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
                    String name = m.getName();
                    out.add(name.startsWith("get") && name.length() > 3 ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name);
                }
            }
            return out.stream().distinct().sorted().toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    private static String firstLine(String message) {
        String trimmed = message.trim();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).trim();
    }
}
