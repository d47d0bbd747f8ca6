package dev.itss.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A technical standard the O&amp;M work follows (技术标准).
 *
 * @param id       stable identifier
 * @param name     display name
 * @param agreedOn day the customer signed it off; absent when the provider's and the customer's
 *                 standards have not been reconciled (P-T-02)
 */
public record TechnicalStandard(@NotBlank String id, @NotBlank String name, Optional<LocalDate> agreedOn) {

    public TechnicalStandard {
        agreedOn = Lists.orEmpty(agreedOn);
    }
}
