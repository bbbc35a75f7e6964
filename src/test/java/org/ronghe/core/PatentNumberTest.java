package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Chinese patent application numbers: both forms, the check character, the kind, typed input. */
class PatentNumberTest {

    @Test
    void aTwelveDigitNumberIsCheckedWithWeightsTwoToNineThenTwoToFive() {
        // 2*2+0*3+1*4+7*5+1*6+0*7+6*8+0*9+1*2+8*3+6*4+2*5 = 157 = 14*11 + 3
        assertThat(PatentNumber.parse("201710601862.3").value()).isEqualTo("201710601862.3");
        assertThat(PatentNumber.parse("ZL 2017 1060 1862.3").value()).isEqualTo("201710601862.3");
        assertThat(PatentNumber.parse("cn2017106018623").value()).isEqualTo("201710601862.3");
        assertThat(PatentNumber.parse("ＺＬ２０１７１０６０１８６２．３").kind()).isEqualTo('1');
        assertThatThrownBy(() -> PatentNumber.parse("201710601862.4"))
                .isInstanceOfSatisfying(InvalidIdentifier.class, e -> {
                    assertThat(e.code()).isEqualTo("identifier.patent.check");
                    assertThat(e.arguments()).containsExactly("3");
                });
    }

    @Test
    void anEightDigitNumberOfBefore2003TakesXForTen() {
        // 9*2+5*3+1*4+1*5+5*6+6*7+0*8+8*9 = 186 = 16*11 + 10
        assertThat(PatentNumber.parse("ZL95115608.X").value()).isEqualTo("95115608.X");
        assertThat(PatentNumber.checkCharacter("95115608")).isEqualTo('X');
        assertThat(PatentNumber.parse("95115608.x").kind()).isEqualTo('1');
        assertThatThrownBy(() -> PatentNumber.parse("95115608.0"))
                .isInstanceOfSatisfying(
                        InvalidIdentifier.class, e -> assertThat(e.code()).isEqualTo("identifier.patent.check"));
    }

    @Test
    void malformedNumbersAndUnknownKindsAreRefused() {
        for (String bad :
                new String[] {"", "2017106018623X", "20171060186.3", "ZL-201710601862-3", "专利201710601862.3"}) {
            assertThatThrownBy(() -> PatentNumber.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidIdentifier.class, e -> assertThat(e.code()).isEqualTo("identifier.patent.format"));
        }
        String kindFive = "201750601862";
        assertThatThrownBy(() -> PatentNumber.parse(kindFive + "." + PatentNumber.checkCharacter(kindFive)))
                .isInstanceOfSatisfying(InvalidIdentifier.class, e -> {
                    assertThat(e.code()).isEqualTo("identifier.patent.kind");
                    assertThat(e.arguments()).containsExactly("5");
                });
    }
}
