package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * The knowledge base (知识库) and how resolved tickets used it.
 *
 * @param articles                     the articles
 * @param ticketsResolvedWithArticle   tickets resolved in the period that cite an article
 * @param ticketsResolvedWithoutArticle tickets resolved in the period without one
 */
public record KnowledgeBase(
        List<@NotNull @Valid KnowledgeArticle> articles,
        @NotNull @PositiveOrZero Integer ticketsResolvedWithArticle,
        @NotNull @PositiveOrZero Integer ticketsResolvedWithoutArticle) {

    public KnowledgeBase {
        articles = Lists.copy(articles);
    }
}
