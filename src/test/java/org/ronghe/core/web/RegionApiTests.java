package org.ronghe.core.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The region tables, read without signing in, as the 省 / 市 / 区县 picker of the registration form reads them. */
@IntegrationTest
class RegionApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsProvincesAndPrefecturesButNotCounties() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=86400")))
                .andExpect(jsonPath("$[?(@.code == '340800')].name").value(hasItem("安庆市")))
                .andExpect(jsonPath("$[?(@.code == '340800')].parent").value(hasItem("340000")))
                .andExpect(jsonPath("$[*].code", not(hasItem("340822"))));
    }

    @Test
    void answersTheCountiesOfAPrefecture() throws Exception {
        mvc.perform(get("/api/v1/regions/340800/counties"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=86400")))
                .andExpect(jsonPath("$[?(@.code == '340822')].name").value(hasItem("怀宁县")))
                .andExpect(jsonPath("$[*].parent", everyItem(startsWith("340800"))));
    }

    @Test
    void answersTheDistrictsOfAMunicipalityByItselfOrByItsPseudoPrefecture() throws Exception {
        mvc.perform(get("/api/v1/regions/500000/counties"))
                .andExpect(jsonPath("$[*].code", hasItems("500107", "500229")));
        mvc.perform(get("/api/v1/regions/500100/counties"))
                .andExpect(jsonPath("$[?(@.code == '500107')].name").value(hasItem("九龙坡区")))
                .andExpect(jsonPath("$[*].code", not(hasItem("500229"))));
    }

    @Test
    void answersAnEmptyListForACountyOrAnUnknownCode() throws Exception {
        for (String code : new String[] {"340822", "349900", "x"}) {
            mvc.perform(get("/api/v1/regions/" + code + "/counties"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", empty()));
        }
    }
}
