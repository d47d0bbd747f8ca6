package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itss.engine.AssessmentEngine;
import dev.itss.measure.MetricCatalog;
import dev.itss.internal.CatalogueDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/metrics.md, docs/rules.md, docs/records.md, docs/facts.md and docs/itss-coverage.md are generated from the catalogues; this test fails when they
 * are stale. Regenerate with {@code mvn -pl itss-cli test -Dtest=GeneratedDocsTest -Ditss.updateDocs=true}.
 */
class GeneratedDocsTest {
    private static final Path DOCS = Path.of("../docs");

    @Test
    void metricsDocumentIsCurrent() throws IOException {
        check("metrics.md", CatalogueDocs.metrics(MetricCatalog.standard()));
    }

    @Test
    void rulesDocumentIsCurrent() throws IOException {
        AssessmentEngine engine = AssessmentEngine.load();
        check("rules.md", CatalogueDocs.rules(engine.rules(), MetricCatalog.standard(), engine.actionTemplates()));
    }

    @Test
    void factsDocumentIsCurrent() throws IOException {
        check("facts.md", CatalogueDocs.facts());
    }

    @Test
    void recordsDocumentIsCurrent() throws IOException {
        check("records.md", CatalogueDocs.records());
    }

    @Test
    void coverageDocumentIsCurrent() throws IOException {
        check("itss-coverage.md", CatalogueDocs.coverageDocument(DomainCoverage.coverage()));
    }

    private static void check(String name, String generated) throws IOException {
        Path file = DOCS.resolve(name);
        if (Boolean.getBoolean("itss.updateDocs")) {
            Files.createDirectories(DOCS);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as(file + " exists (generate it with -Ditss.updateDocs=true)").isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is stale; regenerate it with -Ditss.updateDocs=true").isEqualTo(generated);
    }
}
