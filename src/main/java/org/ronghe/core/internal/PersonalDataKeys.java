package org.ronghe.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.RongheProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys that seal personal data. In production they come from the environment: {@code RONGHE_PERSONAL_DATA_KEYS}
 * ({@code id:base64,id:base64}, 32-byte AES keys), {@code RONGHE_PERSONAL_DATA_CURRENT_KEY} (the id that seals new
 * values; the last one by default) and {@code RONGHE_PERSONAL_DATA_FINGERPRINT_KEY} (base64, for exact-match search).
 * When none are set, as on a developer's machine, keys are generated once into
 * {@code $RONGHE_DATA_DIR/keys/personal-data.properties} (owner-only) and a warning says so.
 */
@Configuration
class PersonalDataKeys {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    @Bean
    PersonalDataCipher personalDataCipher(
            @Value("${ronghe.personal-data.keys:}") String keys,
            @Value("${ronghe.personal-data.current-key:}") String currentKey,
            @Value("${ronghe.personal-data.fingerprint-key:}") String fingerprintKey,
            RongheProperties properties)
            throws IOException {
        if (keys.isBlank()) {
            Properties stored =
                    storedOrGenerated(properties.dataDir().resolve("keys").resolve("personal-data.properties"));
            return cipher(
                    stored.getProperty("keys"),
                    stored.getProperty("current-key", ""),
                    stored.getProperty("fingerprint-key", ""));
        }
        return cipher(keys, currentKey, fingerprintKey);
    }

    static PersonalDataCipher cipher(String keys, String currentKey, String fingerprintKey) {
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        String last = null;
        for (String entry : keys.split(",")) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("RONGHE_PERSONAL_DATA_KEYS: each key is id:base64, e.g. k1:…");
            }
            byId.put(parts[0], aes(parts[1], "RONGHE_PERSONAL_DATA_KEYS (" + parts[0] + ")"));
            last = parts[0];
        }
        if (fingerprintKey.isBlank()) {
            throw new IllegalStateException(
                    "RONGHE_PERSONAL_DATA_FINGERPRINT_KEY must be set with RONGHE_PERSONAL_DATA_KEYS");
        }
        return new PersonalDataCipher(
                byId,
                currentKey.isBlank() ? last : currentKey,
                new SecretKeySpec(Base64.getDecoder().decode(fingerprintKey.strip()), "HmacSHA256"));
    }

    private static SecretKey aes(String base64, String where) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException(where + ": an AES key must be 32 bytes (256 bits), base64-encoded");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static Properties storedOrGenerated(Path file) throws IOException {
        Optional<Properties> stored = SecretFiles.read(file);
        if (stored.isPresent()) {
            return stored.get();
        }
        Properties generated = new Properties();
        generated.setProperty("keys", "k1:" + SecretFiles.random());
        generated.setProperty("current-key", "k1");
        generated.setProperty("fingerprint-key", SecretFiles.random());
        SecretFiles.write(
                file,
                generated,
                "Ronghe personal-data keys, generated for this data directory. Back them up: "
                        + "without them the sealed ID and mobile numbers cannot be read.");
        log.warn(
                "Generated personal-data keys in {}. For production set RONGHE_PERSONAL_DATA_KEYS and "
                        + "RONGHE_PERSONAL_DATA_FINGERPRINT_KEY instead, and keep them out of the data directory's backups.",
                file);
        return generated;
    }
}
