package dev.itss.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.itss.engine.AssessmentEngine;
import dev.itss.internal.CatalogueDocs;
import dev.itss.model.Covers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/** The coverage of the ITSS items, with the marked classes and commands found on the class path. */
final class DomainCoverage {
    private DomainCoverage() {}

    /** Names of the classes and commands marked {@link Covers}, by item id: {@code itss plan} for a command. */
    static Map<String, List<String>> marked() {
        Map<String, List<String>> out = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.itss")) {
            if (!type.isAnnotatedWith(Covers.class)) {
                continue;
            }
            Class<?> loaded = type.reflect();
            Command command = loaded.getAnnotation(Command.class);
            String name = command != null ? "command `itss " + command.name() + "`" : "`" + loaded.getName() + "`";
            for (String id : loaded.getAnnotation(Covers.class).value()) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
            }
        }
        out.values().forEach(names -> names.sort(null));
        return out;
    }

    /** What covers each item of the domain. */
    static Map<String, List<String>> coverage() {
        AssessmentEngine engine = AssessmentEngine.load();
        return CatalogueDocs.coverage(engine.rules(), engine.metrics(), engine.actionTemplates(), marked());
    }
}
