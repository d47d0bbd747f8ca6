package dev.itss.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A service-management process (事件, 问题, 变更, 发布...).
 *
 * @param id           process key, e.g. {@code incident}, {@code change}; the policy's list of
 *                     required processes uses the same keys
 * @param name         display name
 * @param documentedOn day the process and its rules were published in writing; absent when the
 *                     process is practised but not documented
 * @param kpis         the KPIs defined for the process
 */
public record ProcessDefinition(
        @NotBlank String id,
        @NotBlank String name,
        Optional<LocalDate> documentedOn,
        List<@NotNull @Valid ProcessKpi> kpis) {

    public ProcessDefinition {
        documentedOn = Lists.orEmpty(documentedOn);
        kpis = Lists.copy(kpis);
    }
}
