package dev.itss.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.itss.internal.Mappers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a YAML or JSON document into a record type in three steps, collecting every problem with
 * its place: parse (syntax, duplicate keys), bind (unknown fields, wrong types), then Bean
 * Validation and the type's own consistency checks.
 *
 * <pre>{@code
 * DocumentReader<ServiceSnapshot> reader = new DocumentReader<>(ServiceSnapshot.class, SnapshotValidator::consistency);
 * ServiceSnapshot snapshot = reader.read(Path.of("snapshot.yaml"));   // or InvalidInputException
 * }</pre>
 *
 * <p>Thread-safe; build one and reuse it.
 *
 * @param <T> the record type read
 */
public final class DocumentReader<T> {
    private final Class<T> type;
    private final Function<T, List<InputProblem>> consistency;
    /** Built on first use: the validator factory is the expensive part of reading. */
    private static final class Validators {
        /**
         * Hibernate Validator announces its version (HV000001) at INFO through jboss-logging, which
         * falls back to java.util.logging when no logging framework it knows is present: on a
         * normal run the library says nothing at INFO, so that logger is kept at WARNING. Held here
         * so that its level stays (java.util.logging holds loggers weakly); a framework jboss-logging
         * finds (Logback, Log4j 2) is left to its own configuration.
         */
        static final java.util.logging.Logger HV_VERSION = quiet(java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version"));

        private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
            }
            return logger;
        }

        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.ENGLISH)
                .locales(Locale.ENGLISH)
                .buildValidatorFactory();
    }

    /**
     * @param type        the record type to bind
     * @param consistency checks across fields that Bean Validation cannot express; each problem
     *                    carries a path (source and position are filled in here)
     */
    public DocumentReader(Class<T> type, Function<T, List<InputProblem>> consistency) {
        this.type = type;
        this.consistency = consistency;
    }

    /**
     * Reads a file; the format follows its extension ({@code .json} or YAML). A file over
     * {@link Mappers#MAX_DOCUMENT_BYTES} is refused before it is read.
     */
    public T read(java.nio.file.Path file) {
        InputFiles.requireReadableFile(file, Mappers.MAX_DOCUMENT_BYTES, "a " + type.getSimpleName() + " document");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(List.of(InputFiles.notUtf8(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return read(file.toString(), text, DocumentFormat.ofFileName(file.getFileName().toString()));
    }

    /**
     * Reads a document from text.
     *
     * @param source name used in problems, e.g. the file name
     * @throws InvalidInputException listing every problem found
     */
    public T read(String source, String text, DocumentFormat format) {
        ObjectMapper mapper = Mappers.of(format);
        Map<String, JsonLocation> locations = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a " + type.getSimpleName() + " document")));
        }
        if (!indexLocations(mapper, source, text, locations, problems) || !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        T value = bind(mapper, source, text, problems);
        // unknown fields are placed by their path: a creator buffers tokens, and the handler then sees no location
        problems.replaceAll(problem -> place(problem, locations));
        problems.sort(IN_DOCUMENT_ORDER);
        if (value == null && problems.isEmpty()) {
            problems.add(InputProblem.at(source, "", "is empty; expected a document"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        check(source, value, locations);
        return value;
    }

    /**
     * Reads a document shipped inside the library (catalogues, templates, default policy): parse,
     * bind and the consistency checks, without Bean Validation. Starting Hibernate Validator costs
     * a few hundred milliseconds, which the engine's start should not pay for files that the
     * project's tests validate in full ({@link #read(String, String, DocumentFormat)}) at build time.
     *
     * @throws InvalidInputException when the document does not parse, bind or hold together
     */
    public T readBuiltIn(String source, String text, DocumentFormat format) {
        ObjectMapper mapper = Mappers.of(format);
        List<InputProblem> problems = new ArrayList<>();
        T value = bind(mapper, source, text, problems);
        if (value == null || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(InputProblem.at(source, "", "is empty; expected a " + type.getSimpleName() + " document"));
            }
            throw new InvalidInputException(problems);
        }
        List<InputProblem> inconsistent = consistency.apply(value);
        if (!inconsistent.isEmpty()) {
            throw new InvalidInputException(inconsistent.stream()
                    .map(p -> new InputProblem(source, p.line(), p.column(), p.path(), p.message())).toList());
        }
        return value;
    }

    /**
     * Validates a value built in Java: Bean Validation, then the consistency checks.
     *
     * @param source name used in problems, e.g. {@code snapshot}
     * @throws InvalidInputException listing every problem found
     */
    public void validate(String source, T value) {
        if (value == null) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "is required")));
        }
        check(source, value, Map.of());
    }

    private void check(String source, T value, Map<String, JsonLocation> locations) {
        List<InputProblem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : Validators.FACTORY.getValidator().validate(value)) {
            String path = pathOf(violation.getPropertyPath());
            problems.add(place(InputProblem.at(source, path, describe(violation)), locations));
        }
        if (problems.isEmpty()) {
            for (InputProblem problem : consistency.apply(value)) {
                problems.add(place(new InputProblem(source, problem.line(), problem.column(), problem.path(), problem.message()), locations));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(IN_DOCUMENT_ORDER);
            throw new InvalidInputException(problems);
        }
    }

    /** Problems in the order of their places in the document; those without a line last. */
    private static final Comparator<InputProblem> IN_DOCUMENT_ORDER = Comparator.comparing((InputProblem p) -> p.line().orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.column().orElse(0))
            .thenComparing(InputProblem::path);

    /** Walks the tokens once to learn where each path is; reports syntax errors. */
    private static boolean indexLocations(ObjectMapper mapper, String source, String text,
                                          Map<String, JsonLocation> locations, List<InputProblem> problems) {
        JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(text);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
                }
                if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Jackson reads an alias to a scalar as the anchor's name ("*wl" becomes "wl") and refuses one to a map:
                    // neither is what the author meant, and expanding aliases is how "billion laughs" documents grow
                    problems.add(positioned(InputProblem.at(source, pointerToPath(parser.getParsingContext().pathAsPointer().toString()),
                            "a YAML alias (*" + parser.getText() + "); aliases are not read: write the value out"), parser.currentTokenLocation()));
                }
                if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                    // 1e400 would be read as Infinity, and a huge exponent written out in full runs the heap out: refused here, before binding
                    String number = parser.getText();
                    problems.add(positioned(InputProblem.at(source, pointerToPath(parser.getParsingContext().pathAsPointer().toString()),
                            "a number beyond the range of a double (about ±1.8e308), was " + (number.length() > 40 ? number.substring(0, 40) + "..." : number)),
                            parser.currentTokenLocation()));
                }
            }
            return true;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // nesting too deep: Jackson's message names its own setting and no place; say it in the reader's terms, where it happened
            String message = e.getOriginalMessage().contains("nesting depth")
                    ? "maps and lists nested deeper than " + mapper.getFactory().streamReadConstraints().getMaxNestingDepth() + " levels; expected a flatter document"
                    : "is not valid " + format(mapper) + ": " + syntaxMessage(e);
            problems.add(positioned(InputProblem.at(source, parser == null ? "" : shortened(pointerToPath(parser.getParsingContext().pathAsPointer().toString())), message),
                    e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation()));
            return false;
        } catch (JsonProcessingException e) {
            problems.add(positioned(InputProblem.at(source, "", "is not valid " + format(mapper) + ": " + syntaxMessage(e)), e.getLocation()));
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // a parser over a string has nothing to release
                }
            }
        }
    }

    private T bind(ObjectMapper mapper, String source, String text, List<InputProblem> problems) {
        ObjectReader reader = mapper.readerFor(type).withHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                                 Object beanOrClass, String propertyName) throws IOException {
                String parent = pointerToPath(beanPointer(p, ctxt.getParser()));
                String path = parent.isEmpty() ? propertyName : parent + "." + propertyName;
                Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
                // placed by its path afterwards, at the field's name: the parser given here may be a buffer without locations
                problems.add(InputProblem.at(source, path, "unknown field" + suggestion(propertyName, known)));
                p.skipChildren();
                return true;
            }
        });
        try {
            return reader.readValue(text);
        } catch (InvalidFormatException e) {
            problems.add(positioned(InputProblem.at(source, pathOf(e), "expected " + expectation(e.getTargetType()) + ", was " + quote(e.getValue())), e.getLocation()));
        } catch (MismatchedInputException e) {
            JavaType target = e.getTargetType() == null ? null : mapper.constructType(e.getTargetType());
            problems.add(positioned(InputProblem.at(source, pathOf(e), "expected " + (target == null ? "another value" : expectation(target.getRawClass())) + mismatchDetail(e)), e.getLocation()));
        } catch (JsonMappingException e) {
            problems.add(positioned(InputProblem.at(source, pathOf(e), e.getOriginalMessage()), e.getLocation()));
        } catch (JsonProcessingException e) {
            problems.add(positioned(InputProblem.at(source, "", "is not valid: " + e.getOriginalMessage()), e.getLocation()));
        }
        return null;
    }

    /**
     * Where the object holding an unknown field is, as a JSON pointer. Read straight from the
     * document, the parser is at the field's value: a scalar leaves it in the object's context, a
     * map or a list has opened a context of its own. A record's creator buffers the fields it does
     * not know and hands them over once the object is read (or its creator built): the buffer's
     * contexts are its own, so the document's parser tells where the object is, at its end (its
     * parent's context) or at the next field (its own).
     */
    static String beanPointer(JsonParser p, JsonParser document) {
        com.fasterxml.jackson.core.JsonStreamContext context;
        if (p == document || document == null) {
            context = p.getParsingContext();
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
        } else {
            context = document.getParsingContext();
            if (document.currentToken() == JsonToken.END_OBJECT) {
                return context.pathAsPointer().toString();
            }
        }
        context = context == null ? null : context.getParent();
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /** A path cut after its first 60 characters: a path 1,000 levels deep says nothing more than its start. */
    private static String shortened(String path) {
        if (path.length() <= 60) {
            return path;
        }
        int cut = Math.max(path.lastIndexOf('[', 60), path.lastIndexOf('.', 60));
        return path.substring(0, cut > 0 ? cut : 60) + "...";
    }

    private static String format(ObjectMapper mapper) {
        return mapper.getFactory().getFormatName();
    }

    /** The parser's message without SnakeYAML's echo of the source and its caret lines. */
    private static String syntaxMessage(JsonProcessingException e) {
        List<String> kept = new ArrayList<>();
        for (String line : e.getOriginalMessage().split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("in 'reader'") || trimmed.matches("\\^+") || line.startsWith("    ")) {
                continue;
            }
            kept.add(trimmed);
        }
        return String.join("; ", kept);
    }

    private static String mismatchDetail(MismatchedInputException e) {
        String original = e.getOriginalMessage();
        int from = original.indexOf("from ");
        return from >= 0 ? ", found " + original.substring(from + 5).replaceFirst("\\s*\\(.*$", "").replaceFirst("\\s*:.*$", "") : "";
    }

    private static String expectation(Class<?> target) {
        if (target == null) {
            return "another value";
        }
        if (target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : target.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + names;
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (target == java.time.LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (target == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        return "an object (" + target.getSimpleName() + ")";
    }

    private static String suggestion(String name, Collection<Object> known) {
        Optional<String> best = dev.itss.internal.Names.closest(name, known);
        if (best.isPresent()) {
            return "; did you mean '" + best.get() + "'?";
        }
        List<String> names = known.stream().map(Object::toString).sorted().toList();
        return names.isEmpty() ? "" : "; expected one of " + names;
    }

    private static String describe(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object invalid = violation.getInvalidValue();
        if (invalid == null || (invalid instanceof Optional<?> optional && optional.isEmpty())) {
            return annotation.equals("NotNull") || annotation.equals("NotBlank") ? "is required" : violation.getMessage();
        }
        return violation.getMessage() + ", was " + quote(invalid);
    }

    private static String quote(Object value) {
        if (value instanceof CharSequence text) {
            return "'" + text + "'";
        }
        return String.valueOf(value);
    }

    /** {@code people.engineers[3].workedHours} from a Bean Validation path. */
    static String pathOf(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** {@code people.engineers[3].workedHours} from {@code /people/engineers/3/workedHours}. */
    static String pointerToPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                out.append('[').append(segment).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    /**
     * Problems found after a file was read (checks against catalogues the reader does not know,
     * such as a policy's metric ids and rule ids), placed in that file: its name as the source, and
     * the line and column of each problem's path.
     *
     * <pre>{@code
     * try {
     *     engine.checkPolicy(policy);
     * } catch (InvalidInputException e) {
     *     throw new InvalidInputException(PolicyReader.standard().placeIn(Path.of("policy.yaml"), e.problems()));
     * }
     * }</pre>
     */
    public List<InputProblem> placeIn(java.nio.file.Path file, List<InputProblem> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, JsonLocation> locations = new HashMap<>();
        indexLocations(Mappers.of(DocumentFormat.ofFileName(file.getFileName().toString())), file.toString(), text, locations, new ArrayList<>());
        List<InputProblem> placed = new ArrayList<>();
        for (InputProblem problem : problems) {
            placed.add(place(new InputProblem(file.toString(), problem.line(), problem.column(), problem.path(), problem.message()), locations));
        }
        return placed;
    }

    /** Puts the problem at the line of its path, or of the nearest enclosing path the document has. */
    private static InputProblem place(InputProblem problem, Map<String, JsonLocation> locations) {
        if (problem.line().isPresent()) {
            return problem;
        }
        return positioned(problem, locations.get(deepestPointer(problem.path(), locations)));
    }

    /**
     * The deepest pointer of the document along a path. A key may hold dots (a metric id under
     * {@code bands}: {@code bands.service_desk.answer_rate.warning}), so at each level the longest
     * run of segments that is a key of the document is taken.
     */
    static String deepestPointer(String path, Map<String, JsonLocation> locations) {
        List<String> segments = new ArrayList<>();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        String pointer = "";
        int i = 0;
        while (i < segments.size()) {
            int next = -1;
            for (int j = segments.size(); j > i && next < 0; j--) {
                String key = String.join(".", segments.subList(i, j)).replace("~", "~0").replace("/", "~1");
                if (locations.containsKey(pointer + "/" + key)) {
                    pointer = pointer + "/" + key;
                    next = j;
                }
            }
            if (next < 0) {
                break;
            }
            i = next;
        }
        return pointer;
    }

    private static InputProblem positioned(InputProblem problem, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return problem;
        }
        return problem.withPosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
