package org.ronghe.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.TestFiles;
import org.ronghe.core.RuleBroken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seen from outside: three refused uploads (409) left 16 MB behind. A file stored in a transaction that rolls back goes
 * with it.
 */
@IntegrationTest
class FileStoreTests {

    @Autowired
    FileStore files;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFileStoredByARefusedActIsDeletedAndAKeptOneCanBeDiscarded() {
        AtomicReference<Path> refused = new AtomicReference<>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    StoredFile file = files.storeDocument("证明.pdf", new ByteArrayInputStream(TestFiles.PDF));
                    refused.set(files.pathOf(file));
                    assertThat(refused.get()).exists();
                    throw new RuleBroken("agreement.not-running");
                }))
                .isInstanceOf(RuleBroken.class);
        assertThat(refused.get()).doesNotExist();

        StoredFile kept =
                transaction.execute(status -> files.storeDocument("证明.pdf", new ByteArrayInputStream(TestFiles.PDF)));
        assertThat(files.pathOf(kept)).exists();
        files.discard(kept.id());
        assertThat(Files.exists(files.pathOf(kept))).isFalse();
        assertThat(files.find(kept.id())).isEmpty();
    }
}
