package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
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
 * @param skills   the skills it documents, each a skill a post requires or an engineer holds; the
 *                 link is explicit: a category that happens to equal a skill's name is not one
 */
public record KnowledgeArticle(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String category,
        @NotNull LocalDate created,
        Optional<LocalDate> updated,
        @NotNull @PositiveOrZero Integer uses,
        @References("Skill") List<@NotBlank String> skills) {

    public KnowledgeArticle {
        updated = Lists.orEmpty(updated);
        skills = Lists.copy(skills);
    }

    /** An article that documents no skill. */
    public KnowledgeArticle(String id, String title, String category, LocalDate created, Optional<LocalDate> updated, Integer uses) {
        this(id, title, category, created, updated, uses, List.of());
    }
}
