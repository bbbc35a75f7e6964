package org.ronghe.core.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.ronghe.core.RongheProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index in step with the database: rebuilds it on demand, and at start-up (or after a job was
 * interrupted) the index of every entity whose count of indexed documents differs from its count of rows (new index
 * directory, restored database, data loaded by SQL, a node killed while it indexed an import), and all of it when the
 * index on disk was written under an earlier {@link #MAPPING_VERSION}.
 */
@Component
public class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    /**
     * The form of the indexed documents; raise it whenever a mapping change alters what existing documents hold (not
     * only what new ones hold), so that an index written by an earlier version is rebuilt at start. 2: names sort by
     * their Chinese collation key.
     */
    public static final String MAPPING_VERSION = "2";

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final Path versionFile;
    private volatile boolean inStep;

    SearchIndexMaintenance(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            RongheProperties properties,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}")
                    String directoryType) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.versionFile = directoryType.equals("local-filesystem")
                ? properties.dataDir().resolve("index").resolve("mapping-version")
                : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void repair() {
        List<Class<?>> missing = mappingChanged() ? allIndexed() : check();
        if (!missing.isEmpty()) {
            log.info("Search index out of step with the database for {}; rebuilding", missing);
            rebuild(missing);
        }
        recordMappingVersion();
        inStep = true;
    }

    private boolean mappingChanged() {
        try {
            // no file: a new index, or one written before versions were recorded
            return versionFile != null
                    && (!Files.exists(versionFile)
                            || !Files.readString(versionFile).strip().equals(MAPPING_VERSION));
        } catch (IOException e) {
            return true;
        }
    }

    private void recordMappingVersion() {
        if (versionFile != null) {
            try {
                Files.createDirectories(versionFile.getParent());
                Files.writeString(versionFile, MAPPING_VERSION);
            } catch (IOException e) {
                log.warn("Cannot record the search mapping version in {}", versionFile, e);
            }
        }
    }

    /**
     * Compares, for every indexed entity, the documents in the index with the rows in the database; while any differs
     * the index does not answer truly, and readiness says so ({@link SearchIndexHealth}) until {@link #repair()}.
     *
     * @return the entities whose index is out of step
     */
    @Transactional(readOnly = true)
    public List<Class<?>> check() {
        List<Class<?>> missing = new ArrayList<>();
        SearchSession session = Search.session(entityManager);
        for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
            long rows = entityManager
                    .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                    .getSingleResult();
            long indexed =
                    session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            if (rows != indexed) {
                missing.add(entity.javaClass());
            }
        }
        if (!missing.isEmpty()) {
            inStep = false;
        }
        return missing;
    }

    /** Whether the index was last found (or made) in step with the database; false until the first check at start. */
    public boolean inStep() {
        return inStep;
    }

    /**
     * Rebuilds the index of all indexed entities, blocking until done, each index then merged into one segment; returns
     * how long it took in ms.
     */
    public long rebuildAll() {
        return rebuild(allIndexed());
    }

    private List<Class<?>> allIndexed() {
        return mapping().allIndexedEntities().stream()
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
    }

    private long rebuild(List<Class<?>> types) {
        long start = System.nanoTime();
        try {
            mapping()
                    .scope(types)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500)
                    // one segment, not the dozens a rebuild leaves for background merges that can take longer than
                    // the rebuild: a search then walks one nearest-neighbour graph and one set of postings (ADR 0030)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Rebuilt search index for {} in {} ms", types, millis);
        return millis;
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
