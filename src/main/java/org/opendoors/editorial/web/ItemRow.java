package org.opendoors.editorial.web;

import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.WorkflowState;

import java.io.Serializable;
import java.util.List;

/**
 * One school, block, guide or city setting in the back office's content list: how many files it has and how many of
 * them wait in draft or review. Only what the row shows, since the page keeps its rows while it is open.
 */
public record ItemRow(String item, String title, String kind, int files, long drafts) implements Serializable {

    static ItemRow of(String item, String title, String kind, List<ContentDocument> documents) {
        return new ItemRow(item, title, kind, documents.size(),
                documents.stream().filter(d -> d.getState() != WorkflowState.PUBLISHED).count());
    }

    public String getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public int getFiles() {
        return files;
    }

    public long getDrafts() {
        return drafts;
    }
}
