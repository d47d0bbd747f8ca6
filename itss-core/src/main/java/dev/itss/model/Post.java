package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A post (岗位) and the headcount its workload demands.
 *
 * @param id                         stable identifier, referenced by {@link Engineer#post()}
 * @param name                       display name, e.g. "Service desk agent / 服务台坐席"
 * @param requiredHeadcount          engineers the post needs, at least 1
 * @param requiredSkills             skills or qualifications every engineer on the post must hold
 *                                   (技能资质); empty when the post names none
 * @param responsibilitiesReviewedOn day the post's responsibilities (岗位职责) were last reviewed;
 *                                   absent when not reported
 */
public record Post(
        @NotBlank String id,
        @NotBlank String name,
        @NotNull @Positive Integer requiredHeadcount,
        List<@NotBlank String> requiredSkills,
        Optional<LocalDate> responsibilitiesReviewedOn) {

    public Post {
        requiredSkills = Lists.copy(requiredSkills);
        responsibilitiesReviewedOn = Lists.orEmpty(responsibilitiesReviewedOn);
    }

    /** A post with no skill requirement and no review date. */
    public Post(String id, String name, Integer requiredHeadcount) {
        this(id, name, requiredHeadcount, List.of(), Optional.empty());
    }
}
