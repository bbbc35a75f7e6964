package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileAndRegionTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "138-1234-5678", "8613812345678", "１３８１２３４５６７８"})
    void parsesMobileNumbersAsPeopleTypeThem(String input) {
        assertThat(MobileNumber.parse(input).value()).isEqualTo("13812345678");
    }

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(new MobileNumber("13812345678").masked()).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "23812345678", "138123456789"})
    void rejectsMalformedMobileNumbers(String input) {
        assertThatThrownBy(() -> MobileNumber.parse(input)).isInstanceOf(InvalidIdentifier.class);
    }

    @Test
    void knowsTheProvinceOfARegionCode() {
        assertThat(RegionCode.of("340800").provinceName()).isEqualTo("安徽省");
        assertThat(RegionCode.of("500107").provinceName()).isEqualTo("重庆市");
    }

    @ParameterizedTest
    @ValueSource(strings = {"990000", "000000", "34080", "34080a"})
    void rejectsUnknownProvincesAndBadFormats(String code) {
        assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(InvalidIdentifier.class);
    }

    @Test
    void countiesAreKnownByNameAndStrictInputRefusesAnUnknownOne() {
        assertThat(RegionCode.parse("340822").displayName()).isEqualTo("安徽省安庆市怀宁县");
        assertThat(RegionCode.parse("500107").displayName()).isEqualTo("重庆市九龙坡区");
        assertThat(RegionCode.parse("429004").displayName()).isEqualTo("湖北省仙桃市");
        assertThat(Regions.countiesOf("340800"))
                .extracting(Regions.Region::name)
                .contains("怀宁县", "桐城市");
        assertThat(Regions.countiesOf("500000"))
                .extracting(Regions.Region::code)
                .contains("500107");
        assertThat(Regions.countiesOf("340822")).isEmpty();
        assertThatThrownBy(() -> RegionCode.parse("340899"))
                .isInstanceOf(InvalidIdentifier.class)
                .hasMessageContaining("identifier.region.county");
        assertThat(RegionCode.of("340899").provinceName())
                .as("stored codes stay readable")
                .isEqualTo("安徽省");
    }
}
