package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

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
 */
public record Engineer(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String post,
        List<@NotBlank String> skills,
        List<@NotBlank String> backupFor,
        @NotNull @PositiveOrZero Double contractedHours,
        @NotNull @PositiveOrZero Double workedHours,
        @NotNull WorkMode workMode) {

    public Engineer {
        skills = Lists.copy(skills);
        backupFor = Lists.copy(backupFor);
    }
}
