package org.opendoors.editorial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.security.web.StaffCollation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back office's start page: every item of the city's content, what is waiting in draft or review. The rows are
 * read once per page view ({@code ?q=} narrows them on the server), so the table sorts, filters and pages the list
 * its reader opened.
 * <p>
 * Backs {@code /admin/index.xhtml}.
 */
@Named
@ViewScoped
public class ContentOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient StaffCollation collation;

    private String filter;
    private transient List<ItemRow> rows;

    public List<ItemRow> getRows() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    private List<ItemRow> load() {
        Map<String, List<ContentDocument>> byItem = new LinkedHashMap<>();
        for (ContentDocument document : library.all()) {
            byItem.computeIfAbsent(document.getItem(), item -> new ArrayList<>()).add(document);
        }
        Map<String, String> heads = library.headFiles();
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<ItemRow> result = new ArrayList<>();
        byItem.forEach((item, documents) -> {
            String title = DocumentKind.titleOf(item, heads);
            DocumentKind kind = documents.get(0).getKind();
            if (wanted.isEmpty() || title.toLowerCase(Locale.ROOT).contains(wanted) || item.contains(wanted)) {
                result.add(ItemRow.of(item, title, kind.group(), documents));
            }
        });
        result.sort(Comparator.comparing(ItemRow::kind).thenComparing(ItemRow::title, collation.comparator()));
        return result;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
