package dev.itss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressInputStreamTest {

    @Test
    void showsEachPercentOnceAndClearsTheLineAtTheEnd() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] data = new byte[400];
        try (InputStream in = new ProgressInputStream(new ByteArrayInputStream(data), data.length, new PrintStream(err, true, StandardCharsets.UTF_8))) {
            byte[] buffer = new byte[100];
            while (in.read(buffer, 0, buffer.length) > 0) {
                // read it all, a hundred bytes at a time
            }
        }
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("\r  reading  25 %", "\r  reading  50 %", "\r  reading 100 %");
        assertThat(shown.split("100 %", -1)).hasSize(2);
        assertThat(shown).endsWith("\r");
    }
}
