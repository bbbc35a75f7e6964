package org.ronghe.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SearchApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void traditionalQueryFindsSimplifiedOrganisation() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "安慶職業技術學院"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("安庆职业技术学院"));
    }

    @Test
    void traditionalQueryFindsBothSeedBodies() throws Exception {
        mvc.perform(get("/api/v1/bodies").param("q", "產教融合"))
                .andExpect(jsonPath("$.items[*].name", hasItems("国家有色金属行业产教融合共同体", "安庆市域产教联合体")));
    }

    @Test
    void partOfAWordFindsTheNonferrousCommunity() throws Exception {
        mvc.perform(get("/api/v1/bodies").param("q", "有色"))
                .andExpect(jsonPath("$.items[*].name", hasItem("国家有色金属行业产教融合共同体")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("安庆市域产教联合体"))));
    }

    @Test
    void filtersOrganisationsByType() throws Exception {
        long departments = jdbc.queryForObject(
                "select count(*) from organisations where type = 'GOVERNMENT_DEPARTMENT'", Long.class);
        org.assertj.core.api.Assertions.assertThat(departments)
                .as("the seed's fifteen and the sample's")
                .isGreaterThanOrEqualTo(16);
        mvc.perform(get("/api/v1/organisations")
                        .param("type", "GOVERNMENT_DEPARTMENT")
                        .param("size", "100"))
                .andExpect(jsonPath("$.total").value((int) departments))
                .andExpect(jsonPath("$.items[*].type", not(hasItem("ENTERPRISE"))));
    }

    @Test
    void countsAFewHitsExactly() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "安庆").param("size", "2"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(2)))
                .andExpect(jsonPath("$.totalExact").value(true));
    }

    @Test
    void pagesThroughResults() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("size", "5").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.page").value(1));
    }

    @Test
    void organisationShowsItsRolesInEachBody() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(
                        mvc.perform(get("/api/v1/organisations").param("q", "中铝集团"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.items[0].id")
                .toString();
        mvc.perform(get("/api/v1/organisations/" + id))
                .andExpect(jsonPath(
                        "$.affiliations[?(@.targetName == '国家有色金属行业产教融合共同体')].roleKeys[*]",
                        hasItems("membership.status.ACTIVE", "lead.role.LEAD_ENTERPRISE", "council.position.CHAIR")));
    }

    @Test
    void unknownBodyIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/bodies/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("记录不存在"));
    }

    @Test
    void adminRebuildsTheIndexAndSearchStillWorks() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/admin/search-index"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/admin/search-index")
                        .header("Authorization", "Bearer " + IntegrationTest.ADMIN_TOKEN))
                .andExpect(status().isNoContent());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from audit_records "
                                + "where action = 'search-index.rebuilt' and actor = 'admin'",
                        Long.class))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/bodies").param("q", "有色"))
                .andExpect(jsonPath("$.items[*].name", hasItem("国家有色金属行业产教融合共同体")));
    }

    @Test
    void openApiDocumentListsTheEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/bodies']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/bodies/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}']").exists());
    }
}
