package dev.itss.improve;

import dev.itss.model.Bilingual;
import dev.itss.model.Element;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * An improvement-action template (ITSS A- item), as a rule pack ships it.
 *
 * @param id          the A- item, e.g. {@code A-R-04}
 * @param element     the element it improves
 * @param effort      its cost
 * @param owner       the role that owns it
 * @param addresses   the rules whose findings it addresses: a finding of one of them is linked to it
 * @param moves       the metrics it should move; its targets are their policy warning bounds
 * @param target      how its target is set, in both languages
 * @param title       title in both languages
 * @param description what to do, in both languages
 */
@dev.itss.model.Covers({"I-2"})
public record ActionTemplate(
        @NotBlank @Pattern(regexp = "A-[PRTS]-\\d\\d") String id,
        @NotNull Element element,
        @NotNull Effort effort,
        @NotNull @Valid Bilingual owner,
        @NotEmpty List<@NotBlank String> addresses,
        @NotEmpty List<@NotBlank String> moves,
        @NotNull @Valid Bilingual target,
        @NotNull @Valid Bilingual title,
        @NotNull @Valid Bilingual description) {

    public ActionTemplate {
        moves = moves == null ? List.of() : List.copyOf(moves);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
