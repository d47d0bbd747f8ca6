package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A standard operating procedure (SOP, 标准作业程序).
 *
 * @param id           stable identifier
 * @param activity     id of the {@link Activity} it describes
 * @param lastReviewed day it was last reviewed or written
 */
public record Sop(@NotBlank String id, @References("Activity") @NotBlank String activity, @NotNull LocalDate lastReviewed) {}
