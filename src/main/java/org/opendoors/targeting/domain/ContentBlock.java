package org.opendoors.targeting.domain;

import org.opendoors.i18n.domain.ContentText;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An explanation meant for some families (newcomers, first applications…), shown on the pages it names. */
public class ContentBlock {

    private String id;

    /** Blocks show in ascending order, so the city decides what a family reads first. */
    private int position;

    private Set<BlockPlacement> pages = new HashSet<>();

    private AudienceRule audience;

    private Map<String, BlockText> texts = new HashMap<>();

    public ContentBlock(String id, int position, Set<BlockPlacement> pages, AudienceRule audience,
                        Map<String, BlockText> texts) {
        this.id = id;
        this.position = position;
        this.pages = new HashSet<>(pages);
        this.audience = audience;
        this.texts = new HashMap<>(texts);
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Set<BlockPlacement> getPages() {
        return pages.isEmpty() ? EnumSet.noneOf(BlockPlacement.class) : EnumSet.copyOf(pages);
    }

    public AudienceRule getAudience() {
        return audience;
    }

    public boolean appearsOn(BlockPlacement page) {
        return pages.contains(page);
    }

    public Optional<ContentText.Translation<BlockText>> textFor(String pageLanguage, String sourceLanguage) {
        return ContentText.pick(texts, pageLanguage, sourceLanguage);
    }
}
