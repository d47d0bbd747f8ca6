package dev.itss.engine;

import dev.itss.read.InputProblem;
import dev.itss.read.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rule pack: rules, checks, texts and policy additions that an engine adds to its built-in
 * rules. A pack adds rules, replaces built-in rules by id ({@code replaces} in {@code pack.yaml})
 * and disables rules ({@code disabledRules} in {@code policy.yaml}). Every file under a pack
 * folder belongs to the pack; no manifest lists them (docs/authoring-rules.md).
 *
 * <pre>{@code
 * AssessmentEngine engine = AssessmentEngine.builder()
 *         .withPack(RulePack.fromFolder(Path.of("packs/hospital")))
 *         .build();
 * }</pre>
 *
 * <p>A pack read here is only text: it is checked and compiled when an engine is built with it
 * ({@link AssessmentEngine.Builder#build()}), which reports every problem of every file at once.
 */
public final class RulePack {
    private final String name;
    private final String origin;
    private final List<PackFile> files;

    private RulePack(String name, String origin, List<PackFile> files) {
        this.name = Objects.requireNonNull(name, "name");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.files = List.copyOf(files);
    }

    /**
     * A pack of the given files, as a {@link dev.itss.engine.spi.RulePackProvider} or a test builds it.
     *
     * <pre>{@code
     * RulePack pack = RulePack.of("desk", List.of(new PackFile("desk.drl", drl), new PackFile("messages.properties", en)));
     * }</pre>
     *
     * @param name   the pack's name until its {@code pack.yaml} gives one; shown in errors
     * @param files  its files
     */
    public static RulePack of(String name, List<PackFile> files) {
        return new RulePack(name, name, files);
    }

    /**
     * Reads every file under a folder (sub-folders included) into a pack named after the folder.
     *
     * @throws InvalidInputException when the folder does not exist, a file is not UTF-8 or its
     *                               name is not one a pack understands, listing every such file
     */
    public static RulePack fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(List.of(InputProblem.at(folder.toString(), "",
                    Files.exists(folder) ? "a rule pack is a folder, and this is a file" : "no such folder")));
        }
        Path last = folder.toAbsolutePath().normalize().getFileName();
        String name = last == null ? "pack" : last.toString();
        return read(name, folder.toString(), folder);
    }

    /**
     * Reads a pack packaged as resources under a folder of the class path (a jar's
     * {@code packs/desk/} or a directory), e.g. from a {@link dev.itss.engine.spi.RulePackProvider}.
     *
     * <pre>{@code
     * RulePack pack = RulePack.fromResources(MyPack.class.getClassLoader(), "com/example/packs/desk");
     * }</pre>
     *
     * @throws InvalidInputException when the folder is not on the class path
     */
    public static RulePack fromResources(ClassLoader loader, String folder) {
        String root = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        URL url = loader.getResource(root);
        if (url == null) {
            throw new InvalidInputException(List.of(InputProblem.at("classpath:" + root, "", "no such folder on the class path")));
        }
        String name = root.substring(root.lastIndexOf('/') + 1);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(name, "classpath:" + root, jar.getPath(root));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return read(name, "classpath:" + root, FileSystems.getFileSystem(uri).getPath(root));
                }
            }
            return read(name, "classpath:" + root, Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new InvalidInputException(List.of(InputProblem.at("classpath:" + root, "", "cannot read the pack: " + e.getMessage())));
        }
    }

    private static RulePack read(String name, String origin, Path folder) {
        List<PackFile> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pack folder " + folder, e);
        }
        for (Path path : paths) {
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String where = origin + "/" + relative;
            try {
                byte[] bytes = Files.readAllBytes(path);
                PackFile file;
                try {
                    file = new PackFile(relative, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
                } catch (CharacterCodingException e) {
                    problems.add(dev.itss.read.InputFiles.notUtf8(where, bytes));
                    continue;
                }
                if (file.kind().isEmpty()) {
                    problems.add(InputProblem.at(where, "", "not a file a rule pack understands; expected *.drl, checks.yaml or *.checks.yaml, "
                            + "messages.properties, messages_zh_CN.properties, pack.yaml, policy.yaml, or notes (*.md, *.txt)"));
                } else {
                    files.add(file);
                }
            } catch (IOException e) {
                problems.add(InputProblem.at(where, "", "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RulePack(name, origin, files);
    }

    /** The pack's name: its folder's, until its {@code pack.yaml} names it. */
    public String name() {
        return name;
    }

    /** Where the pack came from (a folder, {@code classpath:...}, or its name), prefixed to its files in errors. */
    public String origin() {
        return origin;
    }

    /** Its files, in path order. */
    public List<PackFile> files() {
        return files;
    }

    /** Its files of one kind. */
    public List<PackFile> files(PackFile.Kind kind) {
        return files.stream().filter(f -> f.kind().orElse(null) == kind).toList();
    }

    /** The name of a file of this pack in error messages: the pack's origin and the file's path. */
    public String where(PackFile file) {
        return origin + "/" + file.path();
    }

    @Override
    public String toString() {
        return "RulePack[" + name + ", " + files.size() + " files from " + origin + "]";
    }
}
