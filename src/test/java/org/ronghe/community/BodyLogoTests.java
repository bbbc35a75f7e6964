package org.ronghe.community;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A body's secretariat gives it a logo; its members see it in the header beside the platform's. */
@IntegrationTest
class BodyLogoTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Autowired
    Community community;

    @Autowired
    Admissions admissions;

    @Autowired
    Directory directory;

    String tag;
    Long body;

    @BeforeEach
    void aBody() {
        tag = Long.toString(System.nanoTime(), 36);
        body = community
                .found(new BodyDraft("标志联合体" + tag, "标志" + tag, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
    }

    RequestPostProcessor as(Grant grant) {
        var account = identity.createAccount(
                "logo-" + Long.toString(System.nanoTime(), 36), "标志用户", "Logo-Pass-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    @Test
    void theSecretariatUploadsALogoThatMembersSeeInTheHeader() throws Exception {
        RequestPostProcessor secretariat = as(Grant.secretariatOf(body));
        mvc.perform(multipart("/bodies/" + body + "/logo")
                        .file(new MockMultipartFile("file", "标志.png", "image/png", PNG))
                        .with(secretariat)
                        .with(csrf()))
                .andExpect(flash().attribute("logoSaved", true));
        mvc.perform(get("/bodies/" + body + "/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));

        Long member = directory
                .register(
                        new OrganisationDraft(
                                "标志成员" + tag,
                                OrganisationType.ENTERPRISE,
                                null,
                                null,
                                "340800",
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        admissions.admit(body, member, null, "测试");
        mvc.perform(get("/workbench").with(as(Grant.adminOf(member))).header("Accept-Language", "zh-CN"))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"body-brand\""),
                                containsString("标志" + tag),
                                containsString("/bodies/" + body + "/logo?v="))));
        mvc.perform(get("/workbench").with(as(Grant.platformAdmin())))
                .andExpect(content().string(not(containsString("id=\"body-brand\""))));
    }

    @Test
    void aFileThatIsNoImageIsRefusedAndOthersMayNotChangeTheLogo() throws Exception {
        mvc.perform(multipart("/bodies/" + body + "/logo")
                        .file(new MockMultipartFile(
                                "file", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .with(as(Grant.secretariatOf(body)))
                        .with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(flash().attribute("logoError", containsString("文件内容不是允许的类型")));
        mvc.perform(get("/bodies/" + body + "/logo")).andExpect(status().isNotFound());
        Long other = community
                .found(new BodyDraft("别的联合体" + tag, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null))
                .id();
        mvc.perform(multipart("/bodies/" + body + "/logo")
                        .file(new MockMultipartFile("file", "logo.png", "image/png", PNG))
                        .with(as(Grant.secretariatOf(other)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bodies/" + body + "/logo/remove")
                        .with(as(Grant.secretariatOf(other)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
