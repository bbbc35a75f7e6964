package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(ChineseText.toSimplified("安慶職業技術學院")).isEqualTo("安庆职业技术学院");
        assertThat(ChineseText.toSimplified("國家有色金屬行業產教融合共同體")).isEqualTo("国家有色金属行业产教融合共同体");
    }

    @Test
    void leavesSimplifiedAndLatinTextAlone() {
        assertThat(ChineseText.toSimplified("中铝集团 ABC 123")).isEqualTo("中铝集团 ABC 123");
    }

    @Test
    void normalisedNamesOfTheSameOrganisationWrittenDifferentlyAreEqual() {
        assertThat(ChineseText.normalisedName("安慶 職業技術學院（ＡＱ）")).isEqualTo(ChineseText.normalisedName("安庆职业技术学院(aq)"));
    }
}
