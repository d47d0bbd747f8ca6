package dev.itss.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The information-security policy (信息安全策略) aligned with the O&amp;M requirements.
 *
 * @param approvedOn   day it was approved
 * @param lastReviewed day it was last reviewed against the risk assessment
 */
public record SecurityPolicy(@NotNull LocalDate approvedOn, @NotNull LocalDate lastReviewed) {}
