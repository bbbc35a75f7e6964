package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The body a form asks for is chosen among the user's own bodies: the forms offered the platform's first 100 bodies by
 * name, which left out a member's body once the platform had more (and listed bodies it has nothing to do with).
 */
@IntegrationTest
class BodyChoiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Directory directory;

    @Autowired
    Identity identity;

    final String tag = Long.toString(System.nanoTime(), 36);

    Long body(String name) {
        return community
                .found(new BodyDraft(name, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    RequestPostProcessor login(String username, Grant grant) {
        var account = identity.createAccount(username, username, "Body-Choice-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void formsOfferTheBodiesTheUserBelongsToOrServes() throws Exception {
        String mine = "选择本方联合体" + tag;
        String served = "选择秘书处联合体" + tag;
        String other = "选择无关联合体" + tag;
        Long ownBody = body(mine);
        Long servedBody = body(served);
        body(other);
        Long enterprise = directory
                .register(
                        new OrganisationDraft(
                                "选择测试铜业" + tag, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                        true)
                .id();
        admissions.admit(ownBody, enterprise, null, "测试");
        RequestPostProcessor member = login("bc-e-" + tag, Grant.adminOf(enterprise));
        RequestPostProcessor secretariat = login("bc-s-" + tag, Grant.secretariatOf(servedBody));
        for (String form : List.of("/docking/needs/new", "/projects/new", "/agreements/new")) {
            assertThat(page(form, member)).as(form).contains(mine).doesNotContain(served, other);
            assertThat(page(form, secretariat)).as(form).contains(served).doesNotContain(mine, other);
        }
    }
}
