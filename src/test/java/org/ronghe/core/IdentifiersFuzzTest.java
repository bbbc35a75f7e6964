package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The parsers of Chinese identifiers take anything a user or a sheet types: for any text they give a value or an
 * {@link InvalidIdentifier} (nothing else); a value is canonical (ASCII, the identifier's own alphabet) and parses back
 * to itself; a masked number shows only what it should and none of the hidden digits.
 *
 * <p>The input is decoded as UTF-8, as the text of a form or a sheet cell is, so the seeds under
 * {@code src/test/resources/org/ronghe/core/IdentifiersFuzzTestInputs} are plain text files. {@code ./mvnw verify}
 * replays them; bench/README.md ("Fuzzing") says how to fuzz.
 */
class IdentifiersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parsersAnswerAValueOrAReason(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            CreditCode code = CreditCode.parse(text);
            assertThat(code.value()).matches("[0-9A-HJ-NP-RTUW-Y]{18}");
            assertThat(CreditCode.parse(code.value())).isEqualTo(code);
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            IdNumber id = IdNumber.parse(text);
            assertThat(id.value()).matches("[0-9]{17}[0-9X]");
            assertThat(IdNumber.parse(id.value())).isEqualTo(id);
            assertThat(IdNumber.parse(id.masked().replace("********", id.value().substring(6, 14))))
                    .isEqualTo(id);
            assertThat(id.masked())
                    .isEqualTo(
                            id.value().substring(0, 6) + "********" + id.value().substring(14))
                    .isEqualTo(id.toString());
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            MobileNumber mobile = MobileNumber.parse(text);
            assertThat(mobile.value()).matches("1[3-9][0-9]{9}");
            assertThat(MobileNumber.parse(mobile.value())).isEqualTo(mobile);
            assertThat(mobile.masked())
                    .isEqualTo(mobile.value().substring(0, 3) + "****"
                            + mobile.value().substring(7))
                    .isEqualTo(mobile.toString());
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            RegionCode region = RegionCode.parse(text);
            assertThat(region.value()).matches("[0-9]{6}");
            assertThat(RegionCode.parse(region.value())).isEqualTo(region);
            assertThat(RegionCode.of(region.value())).isEqualTo(region);
            assertThat(region.displayName()).startsWith(region.provinceName());
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.");
        }
        try {
            PatentNumber patent = PatentNumber.parse(text);
            assertThat(patent.value()).matches("([0-9]{12}|[0-9]{8})\\.[0-9X]");
            assertThat(PatentNumber.parse(patent.value())).isEqualTo(patent);
            assertThat(PatentNumber.parse("ZL" + patent.value())).isEqualTo(patent);
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.patent.");
        }
        try {
            RegionCode.of(text);
        } catch (InvalidIdentifier expected) {
            assertThat(expected.code()).startsWith("identifier.region.");
        }
        String masked = PersonalNumbers.masked(text);
        assertThat(masked).hasSizeLessThanOrEqualTo(text.length());
        assertThat(PersonalNumbers.masked(masked)).isEqualTo(masked);
    }
}
