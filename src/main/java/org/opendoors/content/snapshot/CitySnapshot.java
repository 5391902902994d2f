package org.opendoors.content.snapshot;

import org.opendoors.content.domain.CityContent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A whole city as families are shown it, fixed for as long as anyone renders from it: the content read from one set
 * of files, what features derive from it (a search index…), and the publish revision it is. Nothing in it changes
 * after it is built (the parts are immutable), so any number of requests read it without a lock.
 */
public final class CitySnapshot {

    /** The revision of a back-office preview: never published, so never the revision of a kept page. */
    public static final long PREVIEW = 0;

    private final long revision;
    private final CityContent content;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

    /** @param revision counts the published cities this node has served, from 1; {@link #PREVIEW} for a preview */
    public CitySnapshot(long revision, CityContent content) {
        this.revision = revision;
        this.content = content;
    }

    public long revision() {
        return revision;
    }

    public CityContent content() {
        return content;
    }

    /** A feature's part of this city, as its content format read it. */
    public <T> T part(Class<T> type) {
        return content.part(type);
    }

    /**
     * What a feature derives from this city (say, its search index), made once per snapshot on first use and kept
     * for as long as the snapshot is: the next publish brings a new snapshot, so it is never stale.
     */
    public <T> T derived(Class<T> type, Function<CitySnapshot, T> derivation) {
        return type.cast(derived.computeIfAbsent(type, ignored -> derivation.apply(this)));
    }

    public boolean isPreview() {
        return revision == PREVIEW;
    }
}
