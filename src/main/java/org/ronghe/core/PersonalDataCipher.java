package org.ronghe.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals personal data that identifies a person (ID numbers, mobile numbers) for storage: AES-256-GCM with a random
 * 96-bit nonce, the field's name as associated data (a value sealed for one column does not open in another), and the
 * key's id in front ({@code k2:<base64>}) so that values sealed under an older key still open after a rotation.
 * Exact-match search goes through {@link #fingerprint}: an HMAC-SHA256 under a separate key, so the database holds
 * neither the values nor an unkeyed hash that could be reversed by trying every ID number. Keys come from configuration
 * ({@code ronghe.personal-data.*}), never from the repository (ADR 0012).
 */
public final class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();
    /** Looking a cipher or MAC up costs more than using it: one of each per thread, initialised per use. */
    private final ThreadLocal<Cipher> ciphers =
            ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));

    private final ThreadLocal<Mac> macs;

    /** @param keys every key a stored value may be sealed under, by id; {@code currentKeyId} seals new values */
    public PersonalDataCipher(Map<String, SecretKey> keys, String currentKeyId, SecretKey fingerprintKey) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key " + currentKeyId + " is not among the keys");
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
        this.macs = ThreadLocal.withInitial(() -> instance(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return mac;
        }));
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks AES-GCM or HMAC-SHA256", e);
        }
    }

    /** The value sealed under the current key, for the named field; null stays null. */
    public String seal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal " + field, e);
        }
    }

    /**
     * The value a {@link #seal} produced for the same field.
     *
     * @throws IllegalStateException when the key is unknown or the value was altered or sealed for another field
     */
    public String open(String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        SecretKey key = colon < 0 ? null : keys.get(sealed.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("no key for a sealed " + field + " (key id "
                    + (colon < 0 ? "?" : sealed.substring(0, colon)) + ")");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open a sealed " + field, e);
        }
    }

    /** The id of the key that seals new values. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** Whether the value was sealed under another key than the current one (a rotation seals it again). */
    public boolean sealedUnderOldKey(String sealed) {
        return sealed != null && !sealed.startsWith(currentKeyId + ":");
    }

    /** A keyed fingerprint of the value for exact-match lookups (the same value gives the same fingerprint). */
    public String fingerprint(String field, String value) {
        if (value == null) {
            return null;
        }
        Mac mac = macs.get();
        mac.update(field.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
