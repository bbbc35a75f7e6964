package org.ronghe.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the bootstrap platform admin {@code admin} on first start, with the password from
 * {@code RONGHE_ADMIN_PASSWORD} or a random one printed once to the log; seeds {@code RONGHE_ADMIN_TOKEN} as a personal
 * access token of that account when set.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Identity identity;
    private final String password;
    private final String token;

    BootstrapAdmin(
            Identity identity,
            @Value("${ronghe.admin.password:}") String password,
            @Value("${ronghe.admin.token:}") String token) {
        this.identity = identity;
        this.password = password;
        this.token = token;
    }

    @Override
    public void run(ApplicationArguments args) {
        Account admin = identity.findByUsername(USERNAME).orElseGet(this::create);
        if (!token.isBlank()) {
            identity.ensureToken(admin.id(), Identity.OPERATOR_TOKEN, token, Duration.ofDays(3650));
        }
    }

    private Account create() {
        boolean generated = password.isBlank();
        String initial = generated ? randomPassword() : password;
        Account admin = identity.createAccount(USERNAME, "平台管理员", initial, List.of(Grant.platformAdmin()));
        if (generated) {
            log.warn(
                    "\n\n    Bootstrap admin created. Sign in as '{}' with password: {}\n    "
                            + "(shown only once; set RONGHE_ADMIN_PASSWORD to choose it)\n",
                    USERNAME,
                    initial);
        }
        return admin;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return "Rh-" + HexFormat.of().formatHex(bytes) + "A";
    }
}
