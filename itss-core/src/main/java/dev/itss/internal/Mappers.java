package dev.itss.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.itss.read.DocumentFormat;

/**
 * The project's Jackson mappers: strict on input (no float-to-int truncation, no string-to-number
 * coercion, duplicate keys rejected, unknown fields reported), dates as ISO text on output.
 *
 * <pre>{@code
 * String json = Mappers.json().writeValueAsString(assessment);
 * }</pre>
 */
public final class Mappers {
    private static final ObjectMapper JSON = configure(JsonMapper.builder());
    /**
     * The largest document (snapshot, policy, plan, strategy, mapping) read, in bytes: 8 MiB, for
     * YAML and JSON alike, checked before the file is read (a snapshot of 2,000 engineers and
     * 20,000 spare parts is about 3 MiB). Reading takes up to about 40 times the file in memory.
     */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    // a factory from YAMLFactory.builder() lacks a default of new YAMLFactory(): an empty value is null, not ""
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
            .loaderOptions(loaderOptions()).build()).enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL));

    /** SnakeYAML's own limit on a document's size (3 MB by default) raised to the documents' limit, so that one limit applies. */
    private static org.yaml.snakeyaml.LoaderOptions loaderOptions() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(MAX_DOCUMENT_BYTES);
        return options;
    }

    private Mappers() {}

    /** The shared JSON mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper json() {
        return JSON;
    }

    /** The shared YAML mapper (thread-safe; do not reconfigure it). */
    public static ObjectMapper yaml() {
        return YAML;
    }

    /**
     * A writer's copy of a shared mapper that leaves absent optional fields out instead of writing
     * null: the readers refuse an explicit null, so what the library writes it can read back.
     */
    public static ObjectMapper omittingAbsent(ObjectMapper mapper) {
        return mapper.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);
    }

    /** The mapper for a format. */
    public static ObjectMapper of(DocumentFormat format) {
        return format == DocumentFormat.JSON ? JSON : YAML;
    }

    private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
        return builder
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .build();
    }
}
