package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry of the risk register (风险管理), with what it threatens.
 *
 * @param id              stable identifier
 * @param name            the risk
 * @param treatmentPlanOn day its treatment plan was approved; absent when it has none
 * @param reviewDue       day its next review is due
 * @param posts           ids of the posts it threatens (a single DBA threatens the DBA post)
 * @param services        ids of the services it threatens
 */
public record Risk(
        @NotBlank String id,
        @NotBlank String name,
        Optional<LocalDate> treatmentPlanOn,
        @NotNull LocalDate reviewDue,
        @References("Post") List<@NotBlank String> posts,
        @References("ServiceOffering") List<@NotBlank String> services) {

    public Risk {
        treatmentPlanOn = Lists.orEmpty(treatmentPlanOn);
        posts = Lists.copy(posts);
        services = Lists.copy(services);
    }

    /** A risk linked to no post or service. */
    public Risk(String id, String name, Optional<LocalDate> treatmentPlanOn, LocalDate reviewDue) {
        this(id, name, treatmentPlanOn, reviewDue, List.of(), List.of());
    }
}
