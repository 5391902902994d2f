package org.opendoors.targeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A block's title and text in one language (plain text, paragraphs and "- " lists). */
@Embeddable
public class BlockText {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    protected BlockText() {
    }

    public BlockText(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
