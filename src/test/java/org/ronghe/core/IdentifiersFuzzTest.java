package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The parsers of Chinese identifiers take anything a user or a sheet types: for any text they give a value or an
 * {@link InvalidIdentifier} (nothing else), a value parses back to itself, and a masked number hides its middle.
 * {@code ./mvnw verify} replays the seeds under {@code src/test/resources/org/ronghe/core/IdentifiersFuzzTestInputs};
 * bench/README.md says how to fuzz for hours.
 */
class IdentifiersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parsersAnswerAValueOrAReason(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            CreditCode code = CreditCode.parse(text);
            assertThat(CreditCode.parse(code.value())).isEqualTo(code);
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            IdNumber id = IdNumber.parse(text);
            assertThat(IdNumber.parse(id.value())).isEqualTo(id);
            assertThat(id.masked()).isEqualTo(id.value().substring(0, 6) + "********" + id.value().substring(14));
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            MobileNumber mobile = MobileNumber.parse(text);
            assertThat(MobileNumber.parse(mobile.value())).isEqualTo(mobile);
            assertThat(mobile.masked()).isEqualTo(mobile.value().substring(0, 3) + "****" + mobile.value().substring(7));
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            RegionCode region = RegionCode.parse(text);
            assertThat(RegionCode.parse(region.value())).isEqualTo(region);
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        assertThat(PersonalNumbers.masked(text)).hasSizeLessThanOrEqualTo(text.length());
    }
}
