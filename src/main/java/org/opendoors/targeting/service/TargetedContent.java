package org.opendoors.targeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.ContentBlockRepository;
import org.opendoors.targeting.domain.FamilyAnswers;

import java.util.List;

/** The targeted blocks a family sees on a page. */
@ApplicationScoped
public class TargetedContent {

    @Inject
    private ContentBlockRepository blocks;

    public List<ContentBlock> blocksFor(BlockPlacement page, FamilyAnswers answers, SupportedLanguage language) {
        return BlockSelector.select(blocks.all(), page, answers, language);
    }
}
