package org.ronghe.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Backups on demand: platform admins only; the restore is proven by BackupRestoreTests. */
@IntegrationTest
class BackupApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Identity identity;

    @Test
    void aPlatformAdminBacksUpOnDemandAndNobodyElseCan() throws Exception {
        String name = mvc.perform(
                        post("/api/v1/admin/backups").header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tables").value(Matchers.greaterThan(20)))
                .andExpect(jsonPath("$.rows").value(Matchers.greaterThan(100)))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get("/api/v1/admin/backups").header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(jsonPath("$[0]").value(name.substring(name.lastIndexOf('/') + 1)));
        var secretariat = identity.createAccount(
                "backup-probe-" + System.nanoTime(), "x", "Backup-Probe-2026", List.of(Grant.secretariatOf(1L)));
        String token =
                identity.issueToken(secretariat.id(), "t", Duration.ofDays(1)).secret();
        mvc.perform(post("/api/v1/admin/backups").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }
}
