package org.ronghe.docking.matching;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.ronghe.docking.capabilities.Capabilities;
import org.ronghe.docking.demands.Demands;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the vectors of demands and capabilities whose text has none under the current model: a batch at a time, the
 * model run outside any transaction, the batch's vectors then kept through the entities in one transaction (so that the
 * search index takes them, committed to the index in the background rather than once per item) only if the text is
 * still the one embedded. Saved items are found by the next round, a few seconds after saving; items kept under another
 * model are handed back to the backlog once at start-up.
 */
@Service
public class Vectors {

    private static final int BATCH = 32;

    private final Embedder embedder;
    private final Demands demands;
    private final Capabilities capabilities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    Vectors(
            EntityManager entityManager,
            Embedder embedder,
            Demands demands,
            Capabilities capabilities,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.entityManager = entityManager;
        this.embedder = embedder;
        this.demands = demands;
        this.capabilities = capabilities;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    private record Pending(Long id, String text) {}

    /** Embeds what waits, round after round until {@code max} items are done or none wait; returns how many. */
    public int embedPending(int max) {
        int done = 0;
        while (done < max) {
            int round = round("demands", this::keepDemand) + round("capabilities", this::keepCapability);
            if (round == 0) {
                break;
            }
            done += round;
        }
        return done;
    }

    /** Hands back to the backlog every item whose vector came from another model; returns how many. */
    public int forgetOtherModels() {
        return jdbc.sql("update demands set embedding_model = null where embedding_model <> ?")
                        .param(Embedder.MODEL)
                        .update()
                + jdbc.sql("update capabilities set embedding_model = null where embedding_model <> ?")
                        .param(Embedder.MODEL)
                        .update();
    }

    private interface Keeper {
        void keep(Pending item, float[] vector);
    }

    private int round(String table, Keeper keeper) {
        List<Pending> batch = jdbc.sql(
                        "select id, text from " + table + " where embedding_model is null order by id limit ?")
                .param(BATCH)
                .query((r, n) -> new Pending(r.getLong(1), r.getString(2)))
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<float[]> vectors =
                embedder.embedAll(batch.stream().map(Pending::text).toList());
        try {
            transaction.executeWithoutResult(s -> {
                Search.session(entityManager)
                        .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
                for (int i = 0; i < batch.size(); i++) {
                    keeper.keep(batch.get(i), vectors.get(i));
                }
            });
        } catch (OptimisticLockingFailureException e) {
            // one changed meanwhile (deleted, or embedded by another round): the next round sees them as they are now
        }
        return batch.size();
    }

    private void keepDemand(Pending item, float[] vector) {
        demands.findById(item.id())
                .filter(d -> d.text().equals(item.text()))
                .ifPresent(d -> d.embed(vector, Embedder.MODEL));
    }

    private void keepCapability(Pending item, float[] vector) {
        capabilities
                .findById(item.id())
                .filter(c -> c.text().equals(item.text()))
                .ifPresent(c -> c.embed(vector, Embedder.MODEL));
    }
}
