package org.opendoors.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.opendoors.platform.grid.RevisionNotices;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database's count of changes to what families are shown (V9 {@code published_revision}): the source of truth
 * every node compares the city it serves with. A publish, an import or a translator's UI text {@linkplain #advance()
 * advances} it inside its own transaction, as its first write, so the row lock it takes makes such changes on
 * different nodes take turns: each then reads what the one before it committed. Once that transaction has committed,
 * the other nodes of the data grid are told at once ({@link RevisionNotices}); they find it in the database anyway.
 */
@ApplicationScoped
public class PublishedRevisions {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;
    @Inject
    private RevisionNotices notices;

    /** Counts one more change in the caller's transaction and gives its number; waits while another node's counts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long advance() {
        entityManager.createNativeQuery("update published_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
        Object revision = entityManager.createNativeQuery("select revision from published_revision where id = 1")
                .getSingleResult();
        long advanced = ((Number) revision).longValue();
        announceOnceCommitted(advanced);
        return advanced;
    }

    /** A revision announced before its commit would send the other nodes to a database that does not show it yet. */
    private void announceOnceCommitted(long revision) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to announce until the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    notices.announce(revision);
                }
            }
        });
    }

    /**
     * The newest committed revision. Read on a connection of its own, outside any transaction: the watch asks from a
     * managed thread twice a second, where a container-managed EntityManager has no transaction to belong to.
     */
    public long latest() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select revision from published_revision where id = 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("published_revision has no row: the schema was changed by hand");
            }
            return row.getLong(1);
        } catch (SQLException unanswered) {
            throw new IllegalStateException("The published revision could not be read: " + unanswered.getMessage(), unanswered);
        }
    }
}
