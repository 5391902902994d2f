package org.opendoors.targeting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.opendoors.i18n.domain.ContentText;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An explanation meant for some families (newcomers, first applications…), shown on the pages it names. */
@Entity
@Table(name = "content_block")
public class ContentBlock {

    @Id
    @Column(name = "id", length = 60)
    private String id;

    /** Blocks show in ascending order, so the city decides what a family reads first. */
    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "block_page", joinColumns = @JoinColumn(name = "block_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "page", length = 20)
    private Set<BlockPage> pages = new HashSet<>();

    @Embedded
    private AudienceRule audience;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "block_text", joinColumns = @JoinColumn(name = "block_id"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, BlockText> texts = new HashMap<>();

    protected ContentBlock() {
    }

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
