package org.opendoors.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.security.domain.AuditEntry;
import org.opendoors.security.service.AuditLog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log for admins: the newest entries first, filtered by person, action or subject on the server
 * ({@code ?q=}), then sorted, filtered and paged in the table. The entries are read once per page view, so the table
 * works on the list its reader opened.
 * <p>
 * Backs {@code /admin/audit/index.xhtml}.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 500;

    @Inject
    private transient AuditLog audit;
    @Inject
    private transient StaffTexts bo;

    private String filter;
    /** The list the table sorts in place: mutable, and the same on every request of the view. */
    private transient List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = new ArrayList<>(audit.latest(filter, SHOWN));
        }
        return entries;
    }

    /**
     * Where a request came from, as staff read it: the server's own loopback address (a test, a script on the
     * server, a proxy that does not pass the client on) is said so, not written as 0:0:0:0:0:0:0:1.
     */
    public String address(String address) {
        return switch (Origin.of(address)) {
            case UNKNOWN -> bo.get("security.audit.unknownAddress");
            case THIS_SERVER -> bo.format("security.audit.thisServer", address);
            case ELSEWHERE -> address;
        };
    }

    /** Where a request came from, as far as the log can tell. */
    enum Origin {
        UNKNOWN, THIS_SERVER, ELSEWHERE;

        static Origin of(String address) {
            if (address == null || address.isBlank()) {
                return UNKNOWN;
            }
            return LOOPBACK.contains(address) ? THIS_SERVER : ELSEWHERE;
        }
    }

    /**
     * What was done, in the reader's words ("Published", "Sign-in refused"); an action this page has no name for
     * yet keeps its code, so nothing is hidden.
     */
    public String action(String code) {
        boolean refused = code.endsWith(REFUSED);
        String action = refused ? code.substring(0, code.length() - REFUSED.length()) : code;
        String key = "security.audit.action." + action.replace('.', '_').replace('-', '_');
        String name = bo.containsKey(key) ? bo.get(key) : action;
        return refused ? bo.format("security.audit.refused", name) : name;
    }

    private static final String REFUSED = ".refused";

    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
