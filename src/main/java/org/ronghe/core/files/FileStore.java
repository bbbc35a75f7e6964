package org.ronghe.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ronghe.core.Actor;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RongheProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploaded files under {@code <data-dir>/files}. A file is accepted only when its content is of an allowed kind
 * and it is not larger than the limit; otherwise nothing is kept and the caller gets an {@link InvalidInput} on the
 * field {@code file} that says why. A file stored inside a transaction that then rolls back (the upload was refused by
 * a later check) is deleted with it.
 */
@Service
public class FileStore {

    public static final String FIELD = "file";

    /** Documents (charters, minutes, signed agreements, evidence): PDF or Word, at most 20 MB. */
    public static final Set<FileKind> DOCUMENT_KINDS = Set.of(FileKind.PDF, FileKind.DOCX);

    public static final long DOCUMENT_MAX_BYTES = 20L * 1024 * 1024;

    /** Stores a document: PDF or Word, checked by content, at most {@value #DOCUMENT_MAX_BYTES} bytes. */
    public StoredFile storeDocument(String originalName, InputStream content) {
        return store(originalName, content, DOCUMENT_KINDS, DOCUMENT_MAX_BYTES);
    }

    /** Images (logos, scans of licences): PNG or JPEG, at most 2 MB. */
    public static final Set<FileKind> IMAGE_KINDS = Set.of(FileKind.PNG, FileKind.JPEG);

    public static final long IMAGE_MAX_BYTES = 2L * 1024 * 1024;

    /** Stores an image: PNG or JPEG, checked by content, at most {@value #IMAGE_MAX_BYTES} bytes. */
    public StoredFile storeImage(String originalName, InputStream content) {
        return store(originalName, content, IMAGE_KINDS, IMAGE_MAX_BYTES);
    }

    private final Path root;
    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(RongheProperties properties, JdbcClient jdbc, Clock clock) {
        this.root = properties.dataDir().resolve("files");
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws InvalidInput when the file is empty, too large, or not of an allowed kind */
    public StoredFile store(String originalName, InputStream content, Set<FileKind> allowed, long maxBytes) {
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("incoming"));
            temp = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyAtMost(content, temp, sha, maxBytes);
            FileKind kind = FileKinds.detect(temp).filter(allowed::contains).orElseThrow(() -> wrongKind(allowed));
            return keep(temp, safeName(originalName), kind, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Deletes a file's bytes (an import's sheet once it is no longer needed); its row stays and says when. */
    public void discard(UUID id) {
        find(id).ifPresent(file -> {
            deleteQuietly(pathOf(file));
            jdbc.sql("update stored_files set discarded_at = ? where id = ? and discarded_at is null")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
        });
    }

    /** A file whose bytes are still kept. */
    public Optional<StoredFile> find(UUID id) {
        return jdbc.sql("select * from stored_files where id = ? and discarded_at is null")
                .param(id)
                .query((row, n) -> new StoredFile(
                        row.getObject("id", UUID.class),
                        row.getString("original_name"),
                        FileKind.valueOf(row.getString("kind")),
                        row.getLong("size_bytes"),
                        row.getString("sha256"),
                        row.getString("relative_path"),
                        row.getTimestamp("uploaded_at").toInstant(),
                        row.getString("uploaded_by")))
                .optional();
    }

    /** Where the bytes of a stored file are. */
    public Path pathOf(StoredFile file) {
        return root.resolve(file.relativePath());
    }

    private StoredFile keep(Path temp, String name, FileKind kind, long size, String sha256) throws IOException {
        UUID id = UUID.randomUUID();
        String relative = id.toString().substring(0, 2) + "/" + id + kind.extension();
        Path target = root.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        deleteOnRollback(target);
        StoredFile file = new StoredFile(id, name, kind, size, sha256, relative, clock.instant(), Actor.current());
        jdbc.sql("insert into stored_files (id, original_name, kind, size_bytes, sha256, relative_path, uploaded_at, "
                        + "uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        name,
                        kind.name(),
                        size,
                        sha256,
                        relative,
                        Timestamp.from(file.uploadedAt()),
                        file.uploadedBy())
                .update();
        return file;
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(file);
                    }
                }
            });
        }
    }

    private static long copyAtMost(InputStream content, Path target, MessageDigest sha, long maxBytes)
            throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInput(FIELD, "file.too-large", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new InvalidInput(FIELD, "file.empty");
        }
        return total;
    }

    private static InvalidInput wrongKind(Set<FileKind> allowed) {
        return new InvalidInput(
                FIELD,
                "file.wrong-kind",
                allowed.stream().map(k -> k.extension()).sorted().collect(Collectors.joining(" / ")));
    }

    private static String safeName(String name) {
        String slashed = name == null ? "" : name.replace('\\', '/');
        String base = slashed.substring(slashed.lastIndexOf('/') + 1);
        String clean = base.replaceAll("[\\p{Cntrl}]", "").strip();
        return clean.isEmpty() ? "file" : clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file in files/incoming is harmless
            }
        }
    }
}
