package org.opendoors.platform.grid;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other nodes of Payara Micro's data grid, at once, that this node committed a new published revision, and
 * hands this node the revisions the others announce. The database stays the source of truth: a notice only makes a
 * node look at it now instead of at its next regular look, so a notice lost while the grid splits or a node starts
 * costs at most that wait. Without {@code OPENDOORS_CLUSTER} the grid has one member and nobody hears the notices.
 */
@ApplicationScoped
public class RevisionNotices {

    private static final Logger LOG = Logger.getLogger(RevisionNotices.class.getName());
    /** Where Payara Micro binds its Hazelcast instance in JNDI. */
    static final String GRID_JNDI_NAME = "payara/Hazelcast";
    static final String TOPIC = "opendoors-published-revision";

    private final CopyOnWriteArrayList<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private HazelcastInstance grid;
    private ITopic<Long> topic;
    private UUID messageListener;
    private UUID membershipListener;

    @PostConstruct
    void join() {
        grid = lookUpGrid();
        if (grid == null) {
            return;
        }
        topic = grid.getTopic(TOPIC);
        messageListener = topic.addMessageListener(message -> {
            // The publishing node serves its revision already; Hazelcast delivers its own messages to it too.
            if (!message.getPublishingMember().localMember()) {
                listeners.forEach(listener -> listener.accept(message.getMessageObject()));
            }
        });
        membershipListener = grid.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info(() -> "A node joined the data grid at " + event.getMember().getAddress() + "; it has "
                        + event.getMembers().size() + " nodes");
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                LOG.warning(() -> "The node at " + event.getMember().getAddress() + " left the data grid; it has "
                        + event.getMembers().size() + " nodes. Publishes still reach every node through the database.");
            }
        });
        LOG.info(() -> "Data grid: " + members() + " node(s), this one at "
                + grid.getCluster().getLocalMember().getAddress());
    }

    private static HazelcastInstance lookUpGrid() {
        try {
            return (HazelcastInstance) new InitialContext().lookup(GRID_JNDI_NAME);
        } catch (NamingException | ClassCastException | LinkageError absent) {
            // Outside Payara Micro (or with its grid switched off), each node learns of changes from the database.
            LOG.log(Level.INFO, "No data grid (" + absent + "); this node learns of publishes elsewhere from the database");
            return null;
        }
    }

    /** Announces a committed revision to the other nodes; never blocks the caller on the network. */
    public void announce(long revision) {
        if (topic == null) {
            return;
        }
        try {
            topic.publishAsync(revision);
        } catch (RuntimeException gridTrouble) {
            LOG.log(Level.WARNING, "Revision " + revision + " could not be announced on the data grid; the other "
                    + "nodes find it in the database", gridTrouble);
        }
    }

    /**
     * Calls {@code listener} with each revision another node announces, on the grid's event thread: the listener
     * must hand any real work to an executor of its own.
     */
    public void onAnnouncedElsewhere(LongConsumer listener) {
        listeners.add(listener);
    }

    /** How many nodes the data grid has now, this one included; 1 alone, 0 without a grid. */
    public int members() {
        try {
            return grid == null ? 0 : grid.getCluster().getMembers().size();
        } catch (RuntimeException stopping) {
            return 0;
        }
    }

    @PreDestroy
    void leave() {
        try {
            if (topic != null) {
                topic.removeMessageListener(messageListener);
            }
            if (grid != null) {
                grid.getCluster().removeMembershipListener(membershipListener);
            }
        } catch (RuntimeException alreadyStopped) {
            LOG.log(Level.FINE, "The data grid stopped before the portal", alreadyStopped);
        }
    }
}
