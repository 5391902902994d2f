package org.opendoors.targeting.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.FamilyAnswers;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The rule engine: which blocks a family sees on a page, given its answers and its reading language. */
public final class BlockSelector {

    private BlockSelector() {
    }

    public static List<ContentBlock> select(Collection<ContentBlock> blocks, BlockPlacement page, FamilyAnswers answers,
                                            SupportedLanguage language) {
        return blocks.stream()
                .filter(block -> block.appearsOn(page))
                .filter(block -> block.getAudience().matches(answers, language))
                .sorted(Comparator.comparingInt(ContentBlock::getPosition).thenComparing(ContentBlock::getId))
                .toList();
    }
}
