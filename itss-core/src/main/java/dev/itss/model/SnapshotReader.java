package dev.itss.model;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import java.nio.file.Path;

/**
 * Reads a {@link ServiceSnapshot} from YAML or JSON and validates it; the result is always valid.
 *
 * <pre>{@code
 * ServiceSnapshot snapshot = SnapshotReader.standard().read(Path.of("snapshot.yaml"));
 * }</pre>
 *
 * @see dev.itss.read.InvalidInputException for the problems of a bad document
 */
@dev.itss.model.Covers({"S-3"})
public final class SnapshotReader {
    private static final SnapshotReader STANDARD = new SnapshotReader();

    private final DocumentReader<ServiceSnapshot> reader =
            new DocumentReader<>(ServiceSnapshot.class, SnapshotValidator::consistency);

    private SnapshotReader() {}

    /** The shared, thread-safe reader. */
    public static SnapshotReader standard() {
        return STANDARD;
    }

    /** Reads and validates a file; {@code .json} is JSON, anything else YAML. */
    public ServiceSnapshot read(Path file) {
        return reader.read(file);
    }

    /**
     * Problems found after the file was read (the engine's check of the declared {@code figures}
     * against its packs' metrics), placed in it: file, line, column and path.
     */
    public java.util.List<dev.itss.read.InputProblem> placeIn(Path file, java.util.List<dev.itss.read.InputProblem> problems) {
        return reader.placeIn(file, problems);
    }

    /** Reads and validates a document held in memory. */
    public ServiceSnapshot read(String source, String text, DocumentFormat format) {
        return reader.read(source, text, format);
    }
}
