package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "91330100716105852F", "9144030071526726XG"})
    void acceptsPublishedCodesOfRealCompanies(String code) {
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void parsesUserInputWithSpacesFullWidthAndLowerCase() {
        assertThat(CreditCode.parse(" ９１３３０１００７１６１０５８５２ｆ ").value()).isEqualTo("91330100716105852F");
    }

    @Test
    void namesTheExpectedCheckCharacterWhenItIsWrong() {
        assertThatThrownBy(() -> new CreditCode("914403001922038217"))
                .isInstanceOfSatisfying(InvalidIdentifier.class, e -> {
                    assertThat(e.code()).isEqualTo("identifier.credit-code.check");
                    assertThat(e.arguments()).containsExactly("6");
                });
    }

    @Test
    void rejectsWrongLength() {
        assertThatThrownBy(() -> new CreditCode("91440300192203821"))
                .isInstanceOfSatisfying(
                        InvalidIdentifier.class, e -> assertThat(e.code()).isEqualTo("identifier.credit-code.length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V", "-"})
    void rejectsCharactersOutsideTheAlphabetAndSaysWhere(String bad) {
        assertThatThrownBy(() -> new CreditCode("9144030019220382" + bad + "6"))
                .isInstanceOfSatisfying(InvalidIdentifier.class, e -> {
                    assertThat(e.code()).isEqualTo("identifier.credit-code.character");
                    assertThat(e.arguments()).containsExactly(bad, 17);
                });
    }

    @Test
    void everyFirstSeventeenCharactersHaveExactlyOneValidCheckCharacter() {
        String first17 = "91110108MA01ABCD2";
        long valid = "0123456789ABCDEFGHJKLMNPQRTUWXY"
                .chars()
                .filter(c -> {
                    try {
                        new CreditCode(first17 + (char) c);
                        return true;
                    } catch (InvalidIdentifier e) {
                        return false;
                    }
                })
                .count();
        assertThat(valid).isEqualTo(1);
    }
}
