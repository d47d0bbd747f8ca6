package dev.itss.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The five ITSS service-quality attributes (服务质量特性), each scored 1 to 5 by the evaluation.
 *
 * @param security       安全性
 * @param reliability    可靠性
 * @param responsiveness 响应性
 * @param tangibility    有形性
 * @param friendliness   友好性
 */
public record QualityScores(
        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double security,
        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double reliability,
        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double responsiveness,
        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double tangibility,
        @NotNull @DecimalMin("1.0") @DecimalMax("5.0") Double friendliness) {}
