package dev.itss.examples;

import dev.itss.read.DocumentFormat;
import dev.itss.model.ServiceSnapshot;
import dev.itss.model.SnapshotReader;
import dev.itss.policy.Policy;
import dev.itss.records.OperationalRecords;
import dev.itss.records.RecordMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The sample organisations shipped as demo data, each a folder under
 * {@code dev/itss/examples/} on the classpath holding {@code snapshot.yaml} and, optionally, the
 * period's operational records under {@code records/}, each in the canonical format of its kind:
 * {@code tickets.csv} (the ticket export), {@code calls.csv} (service-desk calls),
 * {@code spares.csv} (spare-part movements), {@code timesheets.csv} and {@code knowledge.csv}
 * (knowledge articles linked to tickets).
 *
 * <pre>{@code
 * ServiceSnapshot hospital = SampleOrganisation.HOSPITAL.snapshot();
 * Assessment assessment = AssessmentEngine.load().assess(hospital);
 * }</pre>
 */
public enum SampleOrganisation {
    /** A city hospital's IT department under strain: the demo organisation. */
    HOSPITAL("hospital"),
    /** A logistics group's IT operations centre in better health. */
    LOGISTICS("logistics");

    private final String folder;

    SampleOrganisation(String folder) {
        this.folder = folder;
    }

    /** The folder name, also the name used on the command line ({@code itss demo --org logistics}). */
    public String folder() {
        return folder;
    }

    /**
     * The sample's folder as a path, in the jar or on disk: {@code snapshot.yaml}, {@code records/}
     * and, for the hospital, {@code history/} with the earlier periods, read with
     * {@link dev.itss.history.History#read}. A jar's file system stays open for the life of the
     * process, as the samples are read-only demo data.
     *
     * <pre>{@code
     * ImprovementCycle cycle = ImprovementCycle.run(engine, History.read(HOSPITAL.path()), Locale.ENGLISH);
     * }</pre>
     */
    public java.nio.file.Path path() {
        String root = "dev/itss/examples/" + folder;
        java.net.URL url = SampleOrganisation.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IllegalStateException("sample " + root + " is missing from the classpath");
        }
        try {
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                synchronized (SampleOrganisation.class) {
                    java.nio.file.FileSystem jar;
                    try {
                        jar = java.nio.file.FileSystems.getFileSystem(uri);
                    } catch (java.nio.file.FileSystemNotFoundException e) {
                        jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                    }
                    return jar.getPath(root);
                }
            }
            return java.nio.file.Path.of(uri);
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the sample folder " + root, e);
        }
    }

    /** The classpath resource of the snapshot. */
    public String snapshotResource() {
        return "dev/itss/examples/" + folder + "/snapshot.yaml";
    }

    /** Reads and validates the sample's snapshot. */
    public ServiceSnapshot snapshot() {
        String resource = snapshotResource();
        try (InputStream in = SampleOrganisation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample " + resource + " is missing from the classpath");
            }
            return SnapshotReader.standard().read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Every record file the sample ships, read for the snapshot's period under a policy's ticket
     * SLA targets; {@link OperationalRecords#none()} when it ships none.
     *
     * <pre>{@code
     * ServiceSnapshot snapshot = HOSPITAL.snapshot();
     * Policy policy = engine.defaultPolicy();
     * Assessment assessment = engine.assess(snapshot, policy, HOSPITAL.records(snapshot, policy));
     * }</pre>
     */
    public OperationalRecords records(ServiceSnapshot snapshot, Policy policy) {
        OperationalRecords records = OperationalRecords.none();
        for (String file : OperationalRecords.FOLDER_FILES.keySet()) {
            String resource = "dev/itss/examples/" + folder + "/records/" + file;
            try (InputStream in = SampleOrganisation.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    records = records.read(resource, in, RecordMapping.preset(OperationalRecords.FOLDER_FILES.get(file)), snapshot.period(), policy.ticketSla());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return records;
    }

    /**
     * The sample with this folder name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the samples there are
     */
    public static SampleOrganisation named(String name) {
        for (SampleOrganisation sample : values()) {
            if (sample.folder.equalsIgnoreCase(name.trim())) {
                return sample;
            }
        }
        throw new IllegalArgumentException("unknown sample organisation '" + name + "'; expected one of "
                + Arrays.stream(values()).map(s -> s.folder.toLowerCase(Locale.ROOT)).toList());
    }
}
