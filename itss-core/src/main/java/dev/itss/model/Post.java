package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A post (岗位) and the headcount its workload demands.
 *
 * @param id                stable identifier, referenced by {@link Engineer#post()}
 * @param name              display name, e.g. "Service desk agent / 服务台坐席"
 * @param requiredHeadcount engineers the post needs, at least 1
 */
public record Post(@NotBlank String id, @NotBlank String name, @NotNull @Positive Integer requiredHeadcount) {}
