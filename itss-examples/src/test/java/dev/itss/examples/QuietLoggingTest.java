package dev.itss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A normal run of an embedding application says nothing at INFO from the library, Hibernate Validator's version banner included. */
class QuietLoggingTest {

    @Test
    void theEmbeddingExampleWritesNoInfoLinesToStandardError() throws IOException, InterruptedException {
        String launcher = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(launcher, "-cp", System.getProperty("java.class.path"), EmbeddingExample.class.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).doesNotContain("HV000001").doesNotContain("INFO");
    }
}
