package org.ronghe.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ChoiceMessageCodesTest {

    final ChoiceMessageCodes codes = new ChoiceMessageCodes();

    @Test
    void anEnumOrAnIdThatCannotBeReadIsAChoiceJustBeforeTheBareCode() {
        assertThat(codes.resolveMessageCodes("typeMismatch", "form", "day", DayOfWeek.class))
                .containsExactly(
                        "typeMismatch.form.day",
                        "typeMismatch.day",
                        "typeMismatch.java.time.DayOfWeek",
                        "typeMismatch.choice",
                        "typeMismatch");
        assertThat(codes.resolveMessageCodes("typeMismatch", "form", "parties[1].organisationId", Long.class))
                .contains("typeMismatch.choice")
                .endsWith("typeMismatch.choice", "typeMismatch");
    }

    @Test
    void numbersAndOtherProblemsKeepSpringsCodes() {
        assertThat(codes.resolveMessageCodes("typeMismatch", "form", "version", Long.class))
                .doesNotContain("typeMismatch.choice");
        assertThat(codes.resolveMessageCodes("required", "form", "kind", DayOfWeek.class))
                .doesNotContain("typeMismatch.choice");
    }
}
