package org.ronghe.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Seen from outside: on a fresh start searches answered empty for about 1.4 s before the node was ready. */
@IntegrationTest
class ReadinessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void untilTheNodeIsReadyRequestsAreAskedToComeBackInsteadOfAnsweredEmpty() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/api/v1/bodies").param("q", "有色"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"));
            mvc.perform(get("/")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/api/v1/bodies").param("q", "有色")).andExpect(status().isOk());
    }

    @Autowired
    org.ronghe.core.internal.SearchIndexMaintenance maintenance;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void readinessIsDownWhileTheSearchIndexIsOutOfStepWithTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(org.ronghe.community.Body.class)
                .workspace()
                .purge();
        try {
            org.assertj.core.api.Assertions.assertThat(maintenance.check()).contains(org.ronghe.community.Body.class);
            mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            maintenance.repair();
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/bodies").param("q", "有色"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
                        .value(org.hamcrest.Matchers.greaterThan(0)));
    }
}
