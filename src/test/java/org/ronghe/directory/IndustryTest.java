package org.ronghe.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ronghe.core.InvalidIdentifier;

class IndustryTest {

    @ParameterizedTest
    @ValueSource(strings = {"32", "C32", "c32", "Ｃ３２", " 32 "})
    void parsesADivisionWithOrWithoutItsSection(String input) {
        Industry industry = Industry.parse(input);
        assertThat(industry.section()).isEqualTo("C");
        assertThat(industry.division()).isEqualTo("32");
        assertThat(industry.displayName()).isEqualTo("C 制造业 / 32 有色金属冶炼和压延加工业");
    }

    @Test
    void parsesASectionAlone() {
        assertThat(Industry.parse("P").displayName()).isEqualTo("P 教育");
        assertThat(Industry.parse("P").code()).isEqualTo("P");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z", "98", "00", "A32", "C3", "制造业"})
    void rejectsCodesOutsideTheStandard(String input) {
        assertThatThrownBy(() -> Industry.parse(input))
                .isInstanceOf(InvalidIdentifier.class)
                .hasMessageStartingWith("identifier.industry.unknown");
    }

    @Test
    void shipsAllSectionsAndDivisionsOfTheStandard() {
        assertThat(Industry.all().stream().filter(Industry.Entry::isSection)).hasSize(20);
        assertThat(Industry.all().stream().filter(e -> !e.isSection())).hasSize(97);
    }
}
