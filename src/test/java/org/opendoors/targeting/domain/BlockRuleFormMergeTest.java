package org.opendoors.targeting.domain;

import org.junit.jupiter.api.Test;
import org.opendoors.editorial.domain.DocumentForm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two people editing one block's rule: the rules editor merges like every other editor. */
class BlockRuleFormMergeTest {

    private static final String BASE = "order: 10\npages: [guide, profile]\nwhen:\n  newcomer: yes\n";

    @Test
    void theirNewConditionIsTakenAndMyChangedOrderKept() {
        BlockRuleForm theirs = BlockRuleForm.read(BASE);
        theirs.setFirstApplication("yes");
        theirs.setOrder(30);
        BlockRuleForm mine = BlockRuleForm.read(BASE);
        mine.setOrder(20);
        mine.setPageLanguages(List.of("ar"));

        DocumentForm.Merge merge = mine.takeTheirChanges(BASE, theirs.toYaml());

        assertEquals(List.of("order"), merge.bothChanged());
        assertEquals(1, merge.taken());
        assertEquals("yes", mine.getFirstApplication());
        assertEquals(20, mine.getOrder());
        assertEquals(List.of("ar"), mine.getPageLanguages());
        assertEquals(BlockRuleForm.read(mine.body()).describe(), mine.describe(), "the merged form saves what it shows");
    }
}
