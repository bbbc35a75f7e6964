package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void acceptsTheExamplesOfTheStandard() {
        assertThat(new IdNumber("11010519491231002X").value()).isEqualTo("11010519491231002X");
        assertThat(new IdNumber("440524188001010014").value()).isEqualTo("440524188001010014");
    }

    /**
     * Found by the fuzz test's seeds: digits of other scripts passed as a birth date (Character.isDigit is Unicode).
     */
    @Test
    void refusesDigitsOfOtherScripts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> IdNumber.parse("110105\u0661\u0669\u0664\u0669\u0661\u0662\u0663\u0661002X"))
                .isInstanceOf(InvalidIdentifier.class)
                .hasMessageStartingWith("identifier.id-number.character");
    }

    @Test
    void masksAllButRegionAndLastFour() {
        assertThat(IdNumber.parse("11010519491231002x").masked()).isEqualTo("110105********002X");
        assertThat(new IdNumber("11010519491231002X").toString()).doesNotContain("19491231");
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, identifier.id-number.check",
        "11010519491331002X, identifier.id-number.birth-date",
        "1101051949123100, identifier.id-number.length",
        "99010519491231002X, identifier.region.province",
        "1101051949123100AX, identifier.id-number.character"
    })
    void explainsWhyANumberIsInvalid(String number, String code) {
        assertThatThrownBy(() -> new IdNumber(number))
                .isInstanceOfSatisfying(
                        InvalidIdentifier.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
