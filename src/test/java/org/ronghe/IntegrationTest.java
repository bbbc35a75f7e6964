package org.ronghe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on an ephemeral embedded PostgreSQL with the demo data loaded and an in-memory search index; one
 * Spring context shared by every test class that uses this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "Test-Admin-2026";
    String ADMIN_TOKEN = "rh_test_admin_token_for_automation_0001";
}
