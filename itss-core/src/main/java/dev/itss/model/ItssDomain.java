package dev.itss.model;

import dev.itss.read.DocumentFormat;
import dev.itss.read.DocumentReader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The ITSS-DOMAIN items the library covers: lifecycle stages (L-), the seven steps (S-),
 * measurement items (M-), common problems (P-), reviews (R-), improvement (I-) and improvement
 * actions (A-), read from {@code dev/itss/domain/itss-domain.yaml}. Coverage tests and
 * users list coverage from here.
 *
 * <pre>{@code
 * List<ItssDomain.Item> problems = ItssDomain.items("P-");
 * }</pre>
 */
public final class ItssDomain {
    /** Where the list lives on the classpath. */
    public static final String RESOURCE = "dev/itss/domain/itss-domain.yaml";

    private static final List<Item> ITEMS = load();

    private ItssDomain() {}

    /**
     * One item.
     *
     * @param id e.g. {@code P-R-05}
     * @param en English text
     * @param zh Chinese term
     */
    public record Item(@NotBlank @Pattern(regexp = "[MPA]-[PRTS]-\\d\\d|[LSRI]-\\d|R-[CT]") String id, @NotBlank String en, @NotBlank String zh) {}

    record ItemsFile(@NotEmpty List<@NotNull @Valid Item> items) {}

    /** Every item, in document order. */
    public static List<Item> items() {
        return ITEMS;
    }

    /** The items whose id starts with {@code prefix}, e.g. {@code "M-"}. */
    public static List<Item> items(String prefix) {
        return ITEMS.stream().filter(i -> i.id().startsWith(prefix)).toList();
    }

    private static List<Item> load() {
        try (InputStream in = ItssDomain.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return List.copyOf(new DocumentReader<>(ItemsFile.class, f -> List.<dev.itss.read.InputProblem>of())
                    .read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentFormat.YAML).items());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
