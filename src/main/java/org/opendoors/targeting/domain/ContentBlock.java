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

    private Set<BlockPage> pages = new HashSet<>();

    private AudienceRule audience;

    private Map<String, BlockText> texts = new HashMap<>();

    public ContentBlock(String id, int position, Set<BlockPage> pages, AudienceRule audience,
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

    public Set<BlockPage> getPages() {
        return pages.isEmpty() ? EnumSet.noneOf(BlockPage.class) : EnumSet.copyOf(pages);
    }

    public AudienceRule getAudience() {
        return audience;
    }

    public boolean appearsOn(BlockPage page) {
        return pages.contains(page);
    }

    public Optional<ContentText.Translation<BlockText>> textFor(String pageLanguage, String sourceLanguage) {
        return ContentText.pick(texts, pageLanguage, sourceLanguage);
    }
}
