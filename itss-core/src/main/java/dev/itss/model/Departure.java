package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An engineer who left during the period (人员流动).
 *
 * @param id     the engineer's id
 * @param post   id of the post they held
 * @param leftOn their last day
 */
public record Departure(@NotBlank String id, @References("Post") @NotBlank String post, @NotNull LocalDate leftOn) {}
