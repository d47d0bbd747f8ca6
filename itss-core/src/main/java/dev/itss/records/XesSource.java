package dev.itss.records;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The events of an XES log (IEEE 1849) as rows, streaming: one row per {@code <event>}, its
 * columns the keys the mapping names. An event attribute is addressed by its key
 * ({@code concept:name}, {@code time:timestamp}, {@code org:resource}, {@code lifecycle:transition}...),
 * an attribute of the event's trace by {@code case:} and its key ({@code case:concept:name}, the
 * case id). Attributes of every type ({@code string}, {@code date}, {@code int}, {@code float},
 * {@code boolean}, {@code id}) read as their {@code value} text; a date is the ISO 8601 text XES
 * writes ({@code 2024-03-30T12:00:00.000+01:00}), read by the mapping's date formats. Nested
 * attributes, lists and containers are skipped. A trace's attributes are those written before
 * its first event, as XES writers write them. No DTD, no external entity is read.
 */
final class XesSource {
    /** The prefix of a column that names an attribute of the trace. */
    static final String CASE_PREFIX = "case:";

    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("string", "date", "int", "float", "boolean", "id");

    private XesSource() {}

    /** True when {@code source} names an XES log (.xes, or .xes.gz). */
    static boolean isXes(String source) {
        String lower = RowSource.withoutGzipSuffix(source).toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xes");
    }

    static void read(String source, InputStream input, RecordMapping mapping, RowSource.Rows rows) {
        List<String> header = new ArrayList<>(new LinkedHashSet<>(mapping.columns().values()));
        rows.header(header.toArray(String[]::new), false);
        String missing = mapping.missing().isEmpty() ? "" : mapping.missing().get(0);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(input);
            Map<String, String> trace = new HashMap<>();
            Map<String, String> event = null;
            int eventLine = 0;
            int depth = 0;            // element depth below <log>
            int skipDepth = -1;       // inside a nested attribute or unknown element: skipped up to this depth
            boolean sawLog = false;
            boolean inTrace = false;  // attributes at depth 3 are the trace's only inside a <trace> (not a <global>'s defaults)
            while (xml.hasNext()) {
                int kind = xml.next();
                if (kind == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (skipDepth >= 0) {
                        continue;
                    }
                    if (depth == 1) {
                        if (!name.equals("log")) {
                            throw new InvalidInputException(List.of(new InputProblem(source, Optional.of(xml.getLocation().getLineNumber()), Optional.empty(), "",
                                    "is not an XES log: the root element is <" + name + ">; expected <log>")));
                        }
                        sawLog = true;
                    } else if (depth == 2) {
                        inTrace = name.equals("trace");
                        if (inTrace) {
                            trace.clear();
                        } else {
                            skipDepth = depth;   // extensions, globals, classifiers, the log's own attributes
                        }
                    } else if (depth == 3 && inTrace && name.equals("event")) {
                        event = new HashMap<>();
                        eventLine = xml.getLocation().getLineNumber();
                    } else if (depth == 3 && inTrace && ATTRIBUTES.contains(name)) {
                        put(xml, trace, CASE_PREFIX);
                        skipDepth = depth;   // its nested attributes, if any, are not the trace's
                    } else if (depth == 4 && event != null && ATTRIBUTES.contains(name)) {
                        put(xml, event, "");
                        skipDepth = depth;
                    } else if (depth > 2) {
                        skipDepth = depth;   // lists, containers, extensions' children
                    }
                } else if (kind == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth == depth) {
                        skipDepth = -1;
                    }
                    if (depth == 3 && event != null && xml.getLocalName().equals("event")) {
                        String[] values = new String[header.size()];
                        for (int i = 0; i < values.length; i++) {
                            String column = header.get(i);
                            String value = event.get(column);
                            values[i] = value != null ? value : missing;
                            if (value == null && column.startsWith(CASE_PREFIX)) {
                                String caseValue = trace.get(column);
                                values[i] = caseValue != null ? caseValue : missing;
                            }
                        }
                        rows.row(values, eventLine);
                        event = null;
                    }
                    depth--;
                }
            }
            if (!sawLog) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected an XES log")));
            }
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RowSource.Bounded.TooLarge tooLarge) {
                    throw RowSource.tooLarge(source, tooLarge, mapping);
                }
            }
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new InvalidInputException(List.of(new InputProblem(source, at == null ? Optional.empty() : Optional.of(at.getLineNumber()),
                    at == null ? Optional.empty() : Optional.of(at.getColumnNumber()), "", "is not valid XES: " + message.trim())));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream's own close follows
                }
            }
        }
    }

    private static void put(XMLStreamReader xml, Map<String, String> into, String prefix) {
        String key = xml.getAttributeValue(null, "key");
        String value = xml.getAttributeValue(null, "value");
        if (key != null && value != null) {
            into.put(prefix + key, value);
        }
    }
}
