package org.ronghe.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets generated for one data directory (personal-data keys, database passwords) live under {@code <data dir>/keys}:
 * a directory only its owner may enter, files only their owner may read, created so from the start (never readable by
 * others for a moment).
 */
final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);

    private SecretFiles() {}

    static Optional<Properties> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            stored.load(in);
        }
        return Optional.of(stored);
    }

    static void write(Path file, Properties secrets, String comment) throws IOException {
        ownerOnlyDirectory(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            log.warn("Could not make {} readable by its owner only: {}", file, e.getMessage());
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists; not overwriting a secret", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            secrets.store(out, comment);
        }
    }

    /** 32 random bytes in base64. */
    static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void ownerOnlyDirectory(Path directory) throws IOException {
        try {
            if (!Files.exists(directory)) {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(directory);
        }
    }
}
