package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The county level of GB/T 2260 (reference/counties.csv) as names, children and strict or lenient codes. */
class RegionsTest {

    @Test
    void everyCountyHangsUnderAPrefectureOrMunicipalityOfRegionsCsv() {
        var upper = Regions.all().stream().map(Regions.Region::code).toList();
        var rows = ReferenceTable.read("reference/counties.csv", row -> row);
        assertThat(rows).hasSizeGreaterThan(2800).allSatisfy(row -> {
            assertThat(upper).contains(row[2]);
            assertThat(row[0]).matches("\\d{6}").startsWith(row[2].substring(0, row[2].endsWith("0000") ? 2 : 4));
            assertThat(Regions.countiesOf(row[2]))
                    .extracting(Regions.Region::code)
                    .contains(row[0]);
        });
        assertThat(rows).extracting(row -> row[0]).doesNotHaveDuplicates().doesNotContainAnyElementsOf(upper);
    }

    /** The statistics bureau numbers 开发区 and 新区 as 县级 71-80; GB/T 2260 has no such divisions. */
    @Test
    void leavesOutTheStatisticsBureausFunctionalZones() {
        assertThat(ReferenceTable.read("reference/counties.csv", row -> Integer.parseInt(row[0].substring(4))))
                .noneMatch(county -> county >= 71 && county <= 80);
        assertThatThrownBy(() -> RegionCode.parse("340176")).isInstanceOf(InvalidIdentifier.class);
        assertThat(new RegionCode("340176").displayName())
                .as("a stored zone code still reads")
                .isEqualTo("安徽省合肥市");
    }

    @ParameterizedTest
    @CsvSource({"340822,怀宁县", "340800,安庆市", "340000,安徽省", "429004,仙桃市", "469001,五指山市", "500107,九龙坡区"})
    void namesEveryLevel(String code, String name) {
        assertThat(Regions.named(code)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"340822,安徽省安庆市怀宁县", "469001,海南省五指山市", "659001,新疆维吾尔自治区石河子市", "110105,北京市朝阳区", "340800,安徽省安庆市"})
    void displaysTheNamesDownToTheCounty(String code, String name) {
        assertThat(RegionCode.parse(code).displayName()).isEqualTo(name);
    }

    @Test
    void aMunicipalitysPseudoPrefecturesOfGbT2260GroupItsDistrictsAndCounties() {
        assertThat(Regions.countiesOf("500100"))
                .extracting(Regions.Region::code)
                .contains("500107")
                .doesNotContain("500229")
                .allMatch(code -> code.startsWith("5001"));
        assertThat(Regions.countiesOf("500200"))
                .extracting(Regions.Region::name)
                .contains("城口县")
                .doesNotContain("九龙坡区");
        assertThat(Regions.countiesOf("110100"))
                .extracting(Regions.Region::name)
                .contains("朝阳区");
        assertThat(Regions.countiesOf("340900"))
                .as("no such prefecture in Anhui")
                .isEmpty();
        assertThat(Regions.countiesOf("441900")).as("东莞 has no counties").isEmpty();
        assertThat(Regions.countiesOf("34080")).isEmpty();
    }

    @Test
    void userInputMustNameAnExistingCountyButAStoredCodeNeedNot() {
        assertThatThrownBy(() -> RegionCode.parse("340899"))
                .isInstanceOf(InvalidIdentifier.class)
                .hasMessageContaining("identifier.region.county");
        assertThatThrownBy(() -> RegionCode.parse("500199")).isInstanceOf(InvalidIdentifier.class);
        RegionCode renumbered = new RegionCode("340899");
        assertThat(renumbered.displayName()).isEqualTo("安徽省安庆市");
        assertThat(RegionCode.of("340899").provinceName()).isEqualTo("安徽省");
    }
}
