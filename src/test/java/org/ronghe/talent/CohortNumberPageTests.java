package org.ronghe.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cohort's intake year or planned size typed in words comes back as a problem in the user's language, never as an
 * error page and never as a cohort opened without its size.
 */
@IntegrationTest
class CohortNumberPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    JdbcTemplate jdbc;

    Long member(Long body, String name, OrganisationType type) {
        Long id = directory
                .register(
                        new OrganisationDraft(
                                name,
                                type,
                                type == OrganisationType.ENTERPRISE ? null : SchoolLevel.HIGHER,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        admissions.admit(body, id, null, "测试");
        return id;
    }

    @Test
    void aYearOrSizeInWordsOpensNoCohort() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long body = community
                .found(new BodyDraft("数字人才共同体" + tag, null, BodyKind.INDUSTRY_COMMUNITY, null, null, null, null))
                .id();
        member(body, "数字人才企业" + tag, OrganisationType.ENTERPRISE);
        Long school = member(body, "数字人才学院" + tag, OrganisationType.VOCATIONAL_SCHOOL);
        var account = identity.createAccount(
                "cn-s-" + tag, "cn-s-" + tag, "Cohort-Number-2026!", List.of(Grant.adminOf(school)));
        var schoolAdmin = user(RongheUserFactory.forLogin(account, Instant.now()));
        String programme = mvc.perform(post("/talent/programmes")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("name", "数字订单班" + tag)
                        .param("kind", "ORDER_CLASS")
                        .param("bodyId", body.toString())
                        .param("intakeYear", "2025")
                        .param("partners[0].organisation", "数字人才学院" + tag)
                        .param("partners[0].role", "SCHOOL")
                        .param("partners[1].organisation", "数字人才企业" + tag)
                        .param("partners[1].role", "ENTERPRISE"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long id = Long.valueOf(programme.substring(programme.lastIndexOf('/') + 1));

        for (String[] typed : List.of(
                new String[] {"zh-CN", "二〇二六", "45", "请填写整数，例如 40。"},
                new String[] {"zh-TW", "2026", "四十五", "請填寫整數，例如 40。"},
                new String[] {"en", "2026", "forty", "Enter a whole number, for example 40."})) {
            mvc.perform(post(programme + "/cohorts")
                            .with(schoolAdmin)
                            .with(csrf())
                            .header("Accept-Language", typed[0])
                            .param("version", "0")
                            .param("intakeYear", typed[1])
                            .param("plannedSize", typed[2]))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("problem", typed[3]));
        }
        assertThat(jdbc.queryForList("select intake_year from cohorts where programme_id = ?", Integer.class, id))
                .as("only the cohort the programme was set up with")
                .containsExactly(2025);
    }
}
