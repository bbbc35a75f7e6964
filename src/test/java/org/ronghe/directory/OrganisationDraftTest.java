package org.ronghe.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;

class OrganisationDraftTest {

    static OrganisationDraft draft(
            String name,
            OrganisationType type,
            SchoolLevel level,
            String creditCode,
            String region,
            String industry,
            String website) {
        return new OrganisationDraft(name, type, level, creditCode, region, industry, website, null, null);
    }

    static Map<String, String> problems(OrganisationDraft draft) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, draft::validate);
        assertThat(e).as("draft should be invalid").isNotNull();
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::code));
    }

    @Test
    void acceptsACompleteOrganisationAndCleansItsInput() {
        OrganisationDraft.Checked details = draft(
                        "  中国铝业集团有限公司 ",
                        OrganisationType.ENTERPRISE,
                        SchoolLevel.HIGHER,
                        "９１３３０１００７１６１０５８５２ｆ",
                        "110000",
                        "32",
                        "www.chinalco.com.cn")
                .validate();
        assertThat(details.name()).isEqualTo("中国铝业集团有限公司");
        assertThat(details.schoolLevel())
                .as("only vocational schools keep a level")
                .isNull();
        assertThat(details.creditCode().value()).isEqualTo("91330100716105852F");
        assertThat(details.industry().section()).isEqualTo("C");
        assertThat(details.website()).isEqualTo("https://www.chinalco.com.cn");
    }

    @Test
    void reportsEveryProblemAtOnceEachByField() {
        Map<String, String> problems =
                problems(draft("", null, null, "91110000710931189X", "999999", "99", "not a website"));
        assertThat(problems)
                .containsEntry("name", "organisation.name.required")
                .containsEntry("type", "organisation.type.required")
                .containsEntry("creditCode", "identifier.credit-code.check")
                .containsEntry("regionCode", "identifier.region.province")
                .containsEntry("industry", "identifier.industry.unknown")
                .containsEntry("website", "organisation.website.invalid");
    }

    @Test
    void vocationalSchoolsNeedALevel() {
        assertThat(problems(draft("安庆职业技术学院", OrganisationType.VOCATIONAL_SCHOOL, null, null, null, null, null)))
                .containsOnlyKeys("schoolLevel");
        assertThat(draft("安庆职业技术学院", OrganisationType.VOCATIONAL_SCHOOL, SchoolLevel.HIGHER, null, null, null, null)
                        .validate()
                        .schoolLevel())
                .isEqualTo(SchoolLevel.HIGHER);
    }

    @Test
    void refusesTooLongTextRatherThanCuttingIt() {
        String name = "有".repeat(OrganisationDraft.NAME_MAX + 1);
        assertThat(problems(draft(name, OrganisationType.ENTERPRISE, null, null, null, null, null)))
                .containsEntry("name", "input.too-long");
    }

    @ParameterizedTest
    @CsvSource({
        "9111000071093118,identifier.credit-code.length",
        "91110000710931189O,identifier.credit-code.character",
        "91110000710931189X,identifier.credit-code.check",
        "34082,identifier.region.format",
        "341900,identifier.region.prefecture",
        "990100,identifier.region.province"
    })
    void namesTheProblemWithAnIdentifier(String value, String code) {
        String field = code.contains("region") ? "regionCode" : "creditCode";
        OrganisationDraft d = field.equals("regionCode")
                ? draft("甲", OrganisationType.ENTERPRISE, null, null, value, null, null)
                : draft("甲", OrganisationType.ENTERPRISE, null, value, null, null, null);
        assertThat(problems(d)).containsEntry(field, code);
    }

    @ParameterizedTest
    @CsvSource({"340800,安徽省安庆市", "340822,安徽省安庆市怀宁县", "340000,安徽省", "500107,重庆市九龙坡区", "469027,海南省乐东黎族自治县"})
    void acceptsProvincesPrefecturesAndCountiesByName(String code, String name) {
        assertThat(draft("甲", OrganisationType.ENTERPRISE, null, null, code, null, null)
                        .validate()
                        .region()
                        .displayName())
                .isEqualTo(name);
    }
}
