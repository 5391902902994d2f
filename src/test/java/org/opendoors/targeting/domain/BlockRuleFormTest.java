package org.opendoors.targeting.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockRuleFormTest {

    @Test
    void aRuleIsReadFromItsFileAndWrittenBackInTheSameLayout() {
        BlockRuleForm form = BlockRuleForm.read("""
                # who sees it
                order: 10
                pages: [guide, profile]
                when:
                  newcomer: yes
                  child_stage: [infant]
                  page_language: [ar, ur]
                """);
        assertEquals(10, form.getOrder());
        assertEquals(List.of("guide", "profile"), form.getPages());
        assertEquals("yes", form.getNewcomer());
        assertEquals(BlockRuleForm.ANY, form.getFirstApplication());
        assertEquals(List.of("infant"), form.getChildStages());
        assertEquals("""
                order: 10
                pages: [guide, profile]
                when:
                  newcomer: yes
                  child_stage: [infant]
                  page_language: [ar, ur]
                """, form.toYaml());
        assertEquals("new to the city: yes; child starting infant; reading ar or ur — on guide and profile", form.describe());
    }

    @Test
    void aRuleForEveryFamilyHasNoConditions() {
        BlockRuleForm form = BlockRuleForm.read("order: 5\npages: [profile]\nwhen:\n  needs_help_with_costs: no\n");
        assertEquals("no", form.getNeedsHelpWithCosts());
        form.setNeedsHelpWithCosts(BlockRuleForm.ANY);
        assertEquals("order: 5\npages: [profile]\n", form.toYaml());
    }
}
