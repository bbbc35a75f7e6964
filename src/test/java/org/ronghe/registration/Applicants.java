package org.ronghe.registration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ronghe.core.CreditCode;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Registration requests as a visitor or a client sends them, and the people who verify them. */
final class Applicants {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    static final String PASSWORD = "Unit-Admin-2026!";
    private static final AtomicInteger CLIENTS = new AtomicInteger(100);

    private Applicants() {}

    /** A fresh credit code with a correct check character. */
    static String creditCode() {
        String first17 = "91340800" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    static String wrongCheck(String code) {
        return code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
    }

    /** An address no other submission used, so that the per-client limit stays out of the way. */
    static String freshClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor as(Identity identity, Grant grant) {
        var account = identity.createAccount(
                "rv-" + Long.toString(System.nanoTime(), 36), "审核人", "Verify-Pass-2026!", List.of(grant));
        return user(RongheUserFactory.forLogin(account, Instant.now()));
    }

    /**
     * A complete, valid form for {@code path} ({@code /register} or the API), from {@code client}, with the licence
     * given (none when null); {@code overrides} are name, value pairs replacing fields (an empty value removes one).
     */
    static MockMultipartHttpServletRequestBuilder form(
            String path,
            String client,
            String name,
            String code,
            Long body,
            String username,
            MockMultipartFile licence,
            String... overrides) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (licence != null) {
            request.file(licence);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", "ENTERPRISE");
        fields.put("creditCode", code);
        fields.put("regionCode", "340800");
        fields.put("industry", "32");
        fields.put("bodyId", body == null ? "" : body.toString());
        fields.put("contactName", "赵联系");
        fields.put("contactMobile", "13700137000");
        fields.put("contactEmail", username + "@example.cn");
        fields.put("username", username);
        fields.put("displayName", "赵管理");
        fields.put("password", PASSWORD);
        fields.put("confirmPassword", PASSWORD);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        fields.forEach(request::param);
        request.with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
        return request;
    }

    static MockMultipartFile pdf() {
        return new MockMultipartFile("licence", "营业执照.pdf", "application/pdf", PDF);
    }

    static RequestPostProcessor withCsrf() {
        return csrf();
    }
}
