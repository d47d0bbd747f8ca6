package dev.itss.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itss.internal.Mappers;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON form of the loop's outputs (plan, verification, diff, cycle): the value's fields after
 * {@code schemaVersion} and {@code kind}, enums by name ({@code PARTIALLY_MET}), absent optional
 * fields left out rather than written as null, so that the same input gives the same bytes.
 *
 * <pre>{@code
 * String json = JsonOutput.of("verification", Verification.SCHEMA_VERSION, verification);
 * }</pre>
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = Mappers.omittingAbsent(Mappers.json()).enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    /** The value as a JSON document of a kind and a schema version, ending with a line break. */
    public static String of(String kind, int schemaVersion, Object value) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", schemaVersion);
        root.put("kind", kind);
        JsonNode body = MAPPER.valueToTree(value);
        if (body.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("schemaVersion")) {
                    root.set(field.getKey(), field.getValue());
                }
            }
        } else {
            root.set("value", body);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + kind + " as JSON", e);
        }
    }
}
