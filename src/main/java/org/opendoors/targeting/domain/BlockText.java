package org.opendoors.targeting.domain;



/** A block's title and text in one language (plain text, paragraphs and "- " lists). */
public class BlockText {

    private String title;

    private String body;

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
