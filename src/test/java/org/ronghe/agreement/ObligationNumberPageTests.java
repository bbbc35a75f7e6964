package org.ronghe.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An obligation's target or a reported figure typed in words comes back as a problem in the user's language (the report
 * keeping what was typed), never as an error page, and nothing is saved.
 */
@IntegrationTest
class ObligationNumberPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Directory directory;

    @Autowired
    AgreementBook agreements;

    @Autowired
    JdbcTemplate jdbc;

    Long organisation(String name, OrganisationType type) {
        return directory
                .register(new OrganisationDraft(name, type, null, null, null, null, null, null, null), true)
                .id();
    }

    RequestPostProcessor login(String username, Long organisation) {
        var account = identity.createAccount(
                username, username, "Obligation-Number-2026!", List.of(Grant.adminOf(organisation)));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    @Test
    void aTargetOrAchievedFigureInWordsKeepsNothing() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long school = organisation("数字义务学院" + tag, OrganisationType.UNIVERSITY);
        Long enterprise = organisation("数字义务企业" + tag, OrganisationType.ENTERPRISE);
        var schoolAdmin = login("on-s-" + tag, school);
        var enterpriseAdmin = login("on-e-" + tag, enterprise);
        Long agreement = agreements
                .draft(new AgreementDraft(
                        "数字攻关协议" + tag,
                        AgreementKind.JOINT_RESEARCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new Party(school, PartyRole.PARTNER, null, null, null),
                                new Party(enterprise, PartyRole.FUNDER, null, null, null))))
                .id();
        agreements.recordSignedByAll(agreement, 0, LocalDate.of(2024, 7, 2), null);

        mvc.perform(post("/agreements/" + agreement + "/obligations")
                        .with(schoolAdmin)
                        .with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("partyId", enterprise.toString())
                        .param("description", "资助联合攻关经费")
                        .param("target", "两百万")
                        .param("unit", "元")
                        .param("cadence", "ONCE")
                        .param("dueOn", "2025-06-30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "请填写数字，例如 7.5。"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from obligations where agreement_id = ?", Long.class, agreement))
                .isZero();

        mvc.perform(post("/agreements/" + agreement + "/obligations")
                        .with(schoolAdmin)
                        .with(csrf())
                        .param("partyId", enterprise.toString())
                        .param("description", "资助联合攻关经费")
                        .param("target", "2000000")
                        .param("unit", "元")
                        .param("cadence", "ONCE")
                        .param("dueOn", "2025-06-30"))
                .andExpect(flash().attribute("done", "obligation.done.promised"));
        Long obligation =
                jdbc.queryForObject("select id from obligations where agreement_id = ?", Long.class, agreement);
        mvc.perform(multipart("/obligations/" + obligation + "/report")
                        .param("organisationId", enterprise.toString())
                        .param("version", "0")
                        .param("achieved", "two million")
                        .param("note", "已拨付")
                        .header("Accept-Language", "en")
                        .with(enterpriseAdmin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Enter a number in figures, for example 7.5."))
                .andExpect(typed -> assertThat(typed.getFlashMap().get("typedReport"))
                        .as("the report comes back as typed")
                        .asString()
                        .contains("achieved=two million"));
        assertThat(jdbc.queryForObject("select version from obligations where id = ?", Long.class, obligation))
                .isZero();
    }
}
