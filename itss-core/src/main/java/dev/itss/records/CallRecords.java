package dev.itss.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.itss.io.InputProblem;
import dev.itss.io.InvalidInputException;
import dev.itss.model.Period;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads service-desk call records (one row per call, mapping kind {@code calls}) in one pass, in
 * constant memory, and computes {@link CallKpis}.
 *
 * <pre>{@code
 * CallKpis calls = CallRecords.read(Path.of("calls.csv"), RecordMapping.preset("calls"), ErrorPolicy.STOP, Optional.empty());
 * calls.answerRate().ifPresent(rate -> System.out.println("answered " + rate));
 * }</pre>
 */
public final class CallRecords {
    private CallRecords() {}

    /**
     * Reads a CSV file of calls.
     *
     * @param period when present, only calls offered in it count
     */
    public static CallKpis read(Path file, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, mapping, onError, period);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(List.of(InputProblem.at(file.toString(), "", "file not found")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a stream of CSV; {@code source} names it in problems. */
    public static CallKpis read(String source, InputStream input, RecordMapping mapping, ErrorPolicy onError, Optional<Period> period) {
        if (!mapping.kind().equals(RecordMapping.CALLS)) {
            throw new InvalidInputException(List.of(InputProblem.at(source, "", "mapping '" + mapping.name() + "' is for " + mapping.kind()
                    + ", not calls")));
        }
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter().charAt(0)).withQuoteChar('"');
        BufferedInputStream buffered = new BufferedInputStream(input);
        try (Reader reader = new InputStreamReader(RecordValues.skipBom(buffered), mapping.charset());
             MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class).with(schema).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            CsvParser parser = (CsvParser) rows.getParser();
            Counter counter = null;
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                int line = parser.currentLocation().getLineNr() - 1;
                if (counter == null) {
                    counter = new Counter(source, mapping, row, period, onError);
                } else if (!(row.length == 1 && row[0].isEmpty())) {
                    counter.accept(row, line);
                }
            }
            if (counter == null) {
                throw new InvalidInputException(List.of(InputProblem.at(source, "", "is empty; expected a header row and call rows")));
            }
            return counter.kpis();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new InputProblem(source, Optional.of(e.getLocation().getLineNr()),
                    Optional.of(e.getLocation().getColumnNr()), "", "is not valid CSV: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Counts calls; only sums and counts, so memory stays constant. */
    private static final class Counter {
        private final String source;
        private final RecordMapping mapping;
        private final Map<CallField, Integer> columns = new EnumMap<>(CallField.class);
        private final Optional<Period> period;
        private final ErrorPolicy onError;
        private final Set<String> missing;
        private final RecordValues.DateFormats formats;
        private final List<String> absent = new ArrayList<>();
        private final List<InputProblem> skipped = new ArrayList<>();
        private long rows;
        private long skippedTotal;
        private long offered;
        private long answered;
        private long abandoned;
        private long abandonedKnown;
        private long handled;
        private double handleSeconds;
        private long resolvedOnCall;
        private long resolutionKnown;

        Counter(String source, RecordMapping mapping, String[] header, Optional<Period> period, ErrorPolicy onError) {
            this.source = source;
            this.mapping = mapping;
            this.period = period;
            this.onError = onError;
            this.missing = Set.copyOf(mapping.missing());
            Map<String, Integer> byName = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                byName.putIfAbsent(header[i].trim(), i);
            }
            List<InputProblem> problems = new ArrayList<>();
            for (CallField field : CallField.values()) {
                String column = mapping.columns().get(field.key());
                if (column == null) {
                    continue;
                }
                Integer index = byName.get(column);
                if (index != null) {
                    columns.put(field, index);
                } else if (field == CallField.OFFERED_AT || field == CallField.ANSWERED) {
                    problems.add(new InputProblem(source, Optional.of(1), Optional.empty(), "", "column '" + column + "' (mapped to " + field.key()
                            + " by mapping '" + mapping.name() + "') is not in the header; the header has " + List.of(header)));
                } else {
                    absent.add(column);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            this.formats = new RecordValues.DateFormats(mapping.dateFormats());
        }

        void accept(String[] row, int line) {
            rows++;
            try {
                LocalDateTime offeredAt = date(row, line);
                if (period.isPresent() && (offeredAt.toLocalDate().isBefore(period.get().start()) || offeredAt.toLocalDate().isAfter(period.get().end()))) {
                    return;
                }
                boolean isAnswered = bool(row, CallField.ANSWERED, line).orElseThrow(() -> problem(line, CallField.ANSWERED, "", "true or false"));
                Optional<Boolean> isAbandoned = bool(row, CallField.ABANDONED, line);
                Optional<Double> seconds = number(row, CallField.HANDLE_SECONDS, line);
                Optional<Boolean> resolved = bool(row, CallField.RESOLVED_ON_CALL, line);
                offered++;
                if (isAbandoned.isPresent()) {
                    abandonedKnown++;
                    if (isAbandoned.get()) {
                        abandoned++;
                    }
                }
                if (isAnswered) {
                    answered++;
                    if (seconds.isPresent()) {
                        handled++;
                        handleSeconds += seconds.get();
                    }
                    if (resolved.isPresent()) {
                        resolutionKnown++;
                        if (resolved.get()) {
                            resolvedOnCall++;
                        }
                    }
                }
            } catch (RowProblem e) {
                if (onError == ErrorPolicy.STOP) {
                    throw new InvalidInputException(List.of(e.problem));
                }
                skippedTotal++;
                if (skipped.size() < TicketRecords.MAX_SKIPPED_LISTED) {
                    skipped.add(e.problem);
                }
            }
        }

        CallKpis kpis() {
            return new CallKpis(rows, offered, answered, abandoned, abandonedKnown, handled, handleSeconds, resolvedOnCall, resolutionKnown,
                    skipped, skippedTotal, absent);
        }

        private Optional<String> text(String[] row, CallField field, int line) {
            Integer index = columns.get(field);
            if (index == null) {
                return Optional.empty();
            }
            if (index >= row.length) {
                throw new RowProblem(new InputProblem(source, Optional.of(line), Optional.of(index + 1), mapping.columns().get(field.key()),
                        "the row has " + row.length + " columns; expected at least " + (index + 1)));
            }
            String raw = row[index].trim();
            if (missing.contains(raw)) {
                return Optional.empty();
            }
            Map<String, String> values = mapping.values().get(field.key());
            return Optional.of(values != null && values.containsKey(raw) ? values.get(raw) : raw);
        }

        private Optional<Boolean> bool(String[] row, CallField field, int line) {
            Optional<String> text = text(row, field, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(RecordValues.parseBoolean(text.get()).orElseThrow(() ->
                    problem(line, field, text.get(), "true or false (or a value mapped to one under values." + field.key() + ")")));
        }

        private Optional<Double> number(String[] row, CallField field, int line) {
            Optional<String> text = text(row, field, line);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                double value = Double.parseDouble(text.get());
                if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                    throw problem(line, field, text.get(), "a number of seconds, 0 or more");
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                throw problem(line, field, text.get(), "a number of seconds, 0 or more");
            }
        }

        private LocalDateTime date(String[] row, int line) {
            String text = text(row, CallField.OFFERED_AT, line).orElseThrow(() -> problem(line, CallField.OFFERED_AT, "", "the time the call was offered"));
            for (int i = 0; i < formats.size(); i++) {
                LocalDateTime parsed = formats.parse(text, i);
                if (parsed != null) {
                    return parsed;
                }
            }
            throw problem(line, CallField.OFFERED_AT, text, "a date in one of the formats " + mapping.dateFormats());
        }

        private RowProblem problem(int line, CallField field, String value, String expected) {
            Integer index = columns.get(field);
            return new RowProblem(new InputProblem(source, Optional.of(line), index == null ? Optional.empty() : Optional.of(index + 1),
                    mapping.columns().getOrDefault(field.key(), field.key()),
                    value.isEmpty() ? "is missing; expected " + expected : "expected " + expected + ", was '" + value + "'"));
        }
    }

    /** A malformed call row. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputProblem problem;

        RowProblem(InputProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }
}
