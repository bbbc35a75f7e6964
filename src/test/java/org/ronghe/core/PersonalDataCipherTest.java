package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static SecretKey key(String algorithm) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, algorithm);
    }

    final SecretKey k1 = key("AES");
    final SecretKey k2 = key("AES");
    final SecretKey index = key("HmacSHA256");
    final PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", k1), "k1", index);

    @Test
    void sealsSoThatNeitherTheValueNorARepeatShows() {
        String sealed = cipher.seal("student.id_number", "11010519491231002X");
        assertThat(sealed).startsWith("k1:").doesNotContain("19491231").doesNotContain("002X");
        assertThat(cipher.seal("student.id_number", "11010519491231002X")).isNotEqualTo(sealed);
        assertThat(cipher.open("student.id_number", sealed)).isEqualTo("11010519491231002X");
        assertThat(cipher.seal("x", null)).isNull();
    }

    @Test
    void aValueSealedForOneFieldOrAlteredDoesNotOpen() {
        String sealed = cipher.seal("student.id_number", "11010519491231002X");
        assertThatThrownBy(() -> cipher.open("student.mobile", sealed)).isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[20] ^= 1;
        String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open("student.id_number", altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreKnownAsOld() {
        String old = cipher.seal("student.mobile", "13812345678");
        PersonalDataCipher rotated = new PersonalDataCipher(Map.of("k1", k1, "k2", k2), "k2", index);
        assertThat(rotated.open("student.mobile", old)).isEqualTo("13812345678");
        assertThat(rotated.sealedUnderOldKey(old)).isTrue();
        String fresh = rotated.seal("student.mobile", "13812345678");
        assertThat(fresh).startsWith("k2:");
        assertThat(rotated.sealedUnderOldKey(fresh)).isFalse();
        PersonalDataCipher withoutOldKey = new PersonalDataCipher(Map.of("k2", k2), "k2", index);
        assertThatThrownBy(() -> withoutOldKey.open("student.mobile", old)).hasMessageContaining("no key");
    }

    @Test
    void fingerprintsAreStableAndDependOnTheKeyAndTheField() {
        String a = cipher.fingerprint("student.id_number", "11010519491231002X");
        assertThat(cipher.fingerprint("student.id_number", "11010519491231002X"))
                .isEqualTo(a);
        assertThat(cipher.fingerprint("student.mobile", "11010519491231002X")).isNotEqualTo(a);
        assertThat(new PersonalDataCipher(Map.of("k1", k1), "k1", key("HmacSHA256"))
                        .fingerprint("student.id_number", "11010519491231002X"))
                .isNotEqualTo(a);
    }
}
