package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TypedNumbersTest {

    @Test
    void blankIsNoValueAndFiguresAreReadFullWidthOnesIncluded() {
        assertThat(TypedNumbers.whole("size", null)).isNull();
        assertThat(TypedNumbers.whole("size", "  ")).isNull();
        assertThat(TypedNumbers.whole("size", " 45 ")).isEqualTo(45);
        assertThat(TypedNumbers.whole("size", "４５")).isEqualTo(45);
        assertThat(TypedNumbers.decimal("hours", "7.5")).isEqualByComparingTo("7.5");
        assertThat(TypedNumbers.amount("amount", "１２００．５０")).isEqualTo(new BigDecimal("1200.50"));
    }

    @Test
    void wordsFractionsAndExponentsAreProblemsOnTheNamedField() {
        assertThatThrownBy(() -> TypedNumbers.whole("plannedSize", "四十五"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("plannedSize"))
                                .satisfies(p -> assertThat(p.code()).isEqualTo(TypedNumbers.WHOLE)));
        assertThatThrownBy(() -> TypedNumbers.whole("size", "4.5")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TypedNumbers.whole("size", "99999999999")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TypedNumbers.decimal("hours", "七"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo(TypedNumbers.DECIMAL));
        assertThatThrownBy(() -> TypedNumbers.amount("amount", "1e9"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).code()).isEqualTo(TypedNumbers.AMOUNT));
    }
}
