package org.ronghe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Script in stored text is shown as text; SQL and Lucene syntax in a search is searched for, not obeyed. */
@IntegrationTest
class InjectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Test
    void scriptInANameIsShownAsTextEverywhere() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Long id = directory
                .register(
                        new OrganisationDraft(
                                "注入测试<script>alert(1)</script>" + tag,
                                OrganisationType.ENTERPRISE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        true)
                .id();
        mvc.perform(get("/organisations/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/organisations").param("q", "注入测试"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void sqlAndQuerySyntaxInASearchMatchNothingInsteadOfEverything() throws Exception {
        long organisations = total("/api/v1/organisations", "");
        long bodies = total("/api/v1/bodies", "");
        for (String q : new String[] {"' or '1'='1", "x') or 1=1 --", "*:*", "name:*", "*", "\"a\" OR \"b\"~1000"}) {
            org.assertj.core.api.Assertions.assertThat(total("/api/v1/organisations", q))
                    .as(q)
                    .isLessThan(organisations);
            org.assertj.core.api.Assertions.assertThat(total("/api/v1/bodies", q))
                    .as(q)
                    .isLessThan(bodies);
        }
    }

    long total(String path, String q) throws Exception {
        String json = mvc.perform(get(path).param("q", q))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.total")).longValue();
    }
}
