package org.opendoors.editorial.web;

import org.opendoors.editorial.domain.ContentDocument;

import java.util.List;

/** One school, block, guide or city setting in the back office's content list, with its files' states. */
public record ItemRow(String item, String title, String kind, List<ContentDocument> documents) {

    public String getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public List<ContentDocument> getDocuments() {
        return documents;
    }

    public long getDrafts() {
        return documents.stream().filter(d -> d.getState() != org.opendoors.editorial.domain.WorkflowState.PUBLISHED).count();
    }
}
