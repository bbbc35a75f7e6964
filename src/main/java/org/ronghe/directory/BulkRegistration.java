package org.ronghe.directory;

import jakarta.persistence.EntityManagerFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.ronghe.core.BulkCopy;
import org.ronghe.core.ChineseText;
import org.ronghe.directory.OrganisationEvents.OrganisationsRegisteredInBulk;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering many organisations at once (roster imports): lookups by credit code and normalised name for a chunk of a
 * sheet, inserts by {@code COPY} with ids drawn from the table's sequence in one round trip, and indexing for search
 * afterwards. Validation is the caller's ({@link OrganisationDraft#validate()}).
 */
@Service
public class BulkRegistration {

    private static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "normalised_name",
            "type",
            "school_level",
            "credit_code",
            "region_code",
            "industry_section",
            "industry_division",
            "website",
            "description",
            "contact",
            "created_at",
            "version");

    private final JdbcClient jdbc;
    private final BulkCopy copy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManagerFactory entityManagerFactory;

    BulkRegistration(
            JdbcClient jdbc,
            BulkCopy copy,
            ApplicationEventPublisher events,
            Clock clock,
            EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.events = events;
        this.clock = clock;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** An organisation already in the directory, as a sheet row is matched against it. */
    public record Known(Long id, String name, String normalisedName, String creditCode) {}

    /** What a roster export shows of an organisation. */
    public record Listed(
            Long id,
            String name,
            OrganisationType type,
            SchoolLevel level,
            String creditCode,
            String regionCode,
            String industry,
            String website,
            String contact) {}

    /** The organisations with these ids, in chunks so that a whole roster never sits in one statement. */
    @Transactional(readOnly = true)
    public Map<Long, Listed> listed(List<Long> ids) {
        Map<Long, Listed> all = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 10_000) {
            Long[] chunk =
                    ids.subList(from, Math.min(from + 10_000, ids.size())).toArray(Long[]::new);
            jdbc.sql(
                            "select id, name, type, school_level, credit_code, region_code, industry_section, industry_division, "
                                    + "website, contact from organisations where id = any(?)")
                    .param(chunk)
                    .query((r, n) -> new Listed(
                            r.getLong("id"),
                            r.getString("name"),
                            OrganisationType.valueOf(r.getString("type")),
                            r.getString("school_level") == null
                                    ? null
                                    : SchoolLevel.valueOf(r.getString("school_level")),
                            r.getString("credit_code"),
                            r.getString("region_code"),
                            r.getString("industry_division") != null
                                    ? r.getString("industry_division")
                                    : r.getString("industry_section"),
                            r.getString("website"),
                            r.getString("contact")))
                    .list()
                    .forEach(l -> all.put(l.id(), l));
        }
        return all;
    }

    /**
     * Organisations found for a chunk of sheet rows: by credit code, and by normalised name (a name may belong to
     * several).
     */
    public record Matches(Map<String, Known> byCreditCode, Map<String, List<Known>> byNormalisedName) {}

    /** The organisations whose credit code or normalised name is among those given, in one query. */
    @Transactional(readOnly = true)
    public Matches matches(Collection<String> creditCodes, Collection<String> normalisedNames) {
        if (creditCodes.isEmpty() && normalisedNames.isEmpty()) {
            return new Matches(Map.of(), Map.of());
        }
        Set<String> codes = new HashSet<>(creditCodes);
        Set<String> names = new HashSet<>(normalisedNames);
        Map<String, Known> byCode = new HashMap<>();
        Map<String, List<Known>> byName = new HashMap<>();
        jdbc.sql("select id, name, normalised_name, credit_code from organisations "
                        + "where credit_code = any(?) or normalised_name = any(?)")
                .params(codes.toArray(String[]::new), names.toArray(String[]::new))
                .query(BulkRegistration::known)
                .list()
                .forEach(k -> {
                    if (k.creditCode() != null && codes.contains(k.creditCode())) {
                        byCode.put(k.creditCode(), k);
                    }
                    if (names.contains(k.normalisedName())) {
                        byName.computeIfAbsent(k.normalisedName(), n -> new ArrayList<>())
                                .add(k);
                    }
                });
        return new Matches(byCode, byName);
    }

    /** Starts registering organisations chunk by chunk in the caller's transaction. */
    public Batch batch(String source) {
        return new Batch(source);
    }

    /**
     * Organisations registered chunk by chunk in one transaction (a roster import writes while it still validates).
     * {@link #finish()} announces them in one event.
     */
    public final class Batch {

        private final String source;
        private final Timestamp now = Timestamp.from(clock.instant());
        private int count;
        private Long firstId;
        private Long lastId;

        private Batch(String source) {
            this.source = source;
        }

        /** Inserts the organisations and returns their ids in the same order. */
        public List<Long> register(List<OrganisationDraft.Checked> organisations) {
            if (organisations.isEmpty()) {
                return List.of();
            }
            List<Long> ids = copy.nextIds("organisations", organisations.size());
            List<Object[]> rows = new ArrayList<>(organisations.size());
            for (int i = 0; i < organisations.size(); i++) {
                rows.add(row(ids.get(i), organisations.get(i), now));
            }
            copy.copy("organisations", COLUMNS, rows);
            count += ids.size();
            firstId = firstId == null ? ids.get(0) : Math.min(firstId, ids.get(0));
            lastId = lastId == null ? ids.get(ids.size() - 1) : Math.max(lastId, ids.get(ids.size() - 1));
            return ids;
        }

        public int count() {
            return count;
        }

        /** The lowest and highest id registered (other sessions' organisations may lie between them). */
        public Long firstId() {
            return firstId;
        }

        public Long lastId() {
            return lastId;
        }

        /** Announces the organisations registered, if any. */
        public void finish() {
            if (count > 0) {
                events.publishEvent(new OrganisationsRegisteredInBulk(count, firstId, lastId, source));
            }
        }
    }

    /** Makes organisations with ids in the range searchable (after {@link #registerAll} committed). */
    public void index(long fromId, long toId) {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            MassIndexer indexer = Search.session(entityManager)
                    .massIndexer(Organisation.class)
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .mergeSegmentsOnFinish(false)
                    .threadsToLoadObjects(1);
            indexer.type(Organisation.class)
                    .reindexOnly("e.id >= :from and e.id <= :to")
                    .param("from", fromId)
                    .param("to", toId);
            indexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        } finally {
            entityManager.close();
        }
    }

    private static Object[] row(Long id, OrganisationDraft.Checked d, Timestamp now) {
        return new Object[] {
            id,
            d.name(),
            ChineseText.normalisedName(d.name()),
            d.type().name(),
            d.schoolLevel() == null ? null : d.schoolLevel().name(),
            d.creditCode() == null ? null : d.creditCode().value(),
            d.region() == null ? null : d.region().value(),
            d.industry() == null ? null : d.industry().section(),
            d.industry() == null ? null : d.industry().division(),
            d.website(),
            d.description(),
            d.contact(),
            now,
            0
        };
    }

    private static Known known(ResultSet row, int n) throws SQLException {
        return new Known(
                row.getLong("id"),
                row.getString("name"),
                row.getString("normalised_name"),
                row.getString("credit_code"));
    }
}
