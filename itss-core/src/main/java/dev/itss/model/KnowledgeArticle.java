package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A knowledge article (知识条目).
 *
 * @param id       stable identifier
 * @param title    title
 * @param category category, e.g. {@code network}, {@code his}, {@code printer}
 * @param created  day it was written
 * @param updated  day it was last revised; absent when never revised
 * @param uses     times it was used (linked to a ticket) in the period
 */
public record KnowledgeArticle(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String category,
        @NotNull LocalDate created,
        Optional<LocalDate> updated,
        @NotNull @PositiveOrZero Integer uses) {

    public KnowledgeArticle {
        updated = Lists.orEmpty(updated);
    }
}
