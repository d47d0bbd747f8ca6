package dev.itss.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An engineer (工程师) over the period.
 *
 * @param id              stable identifier
 * @param name            display name
 * @param post            id of the {@link Post} the engineer fills
 * @param skills          skills and qualifications held, e.g. {@code oracle}, {@code network}
 * @param backupFor       ids of other posts this engineer can stand in for (备份岗位)
 * @param contractedHours hours the engineer is contracted for in the period
 * @param workedHours     hours actually worked on service in the period
 * @param workMode        on site or remote
 * @param absenceHours    contracted hours lost to leave, sickness or secondment; absent when not
 *                        reported (engineer availability, M-P-03)
 * @param hiredOn         day the engineer joined; absent when not reported
 * @param kpiScore        the engineer's KPI attainment score for the period, 0 to 100 (M-S-03);
 *                        absent when not appraised
 */
public record Engineer(
        @NotBlank String id,
        @NotBlank String name,
        @References("Post") @NotBlank String post,
        List<@NotBlank String> skills,
        @References("Post") List<@NotBlank String> backupFor,
        @NotNull @PositiveOrZero Double contractedHours,
        @NotNull @PositiveOrZero Double workedHours,
        @NotNull WorkMode workMode,
        Optional<@PositiveOrZero Double> absenceHours,
        Optional<LocalDate> hiredOn,
        Optional<@PositiveOrZero @DecimalMax("100") Double> kpiScore) {

    public Engineer {
        skills = Lists.copy(skills);
        backupFor = Lists.copy(backupFor);
        absenceHours = Lists.orEmpty(absenceHours);
        hiredOn = Lists.orEmpty(hiredOn);
        kpiScore = Lists.orEmpty(kpiScore);
    }

    /** An engineer without the optional facts (absence, hiring date, KPI score). */
    public Engineer(String id, String name, String post, List<String> skills, List<String> backupFor,
                    Double contractedHours, Double workedHours, WorkMode workMode) {
        this(id, name, post, skills, backupFor, contractedHours, workedHours, workMode, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
