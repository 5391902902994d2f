package org.opendoors.targeting;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.targeting.domain.AudienceRule;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.FamilyAnswers;
import org.opendoors.targeting.service.BlockSelector;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlockSelectorTest {

    private static final ContentBlock WELCOME = block("welcome-newcomers", 10, EnumSet.of(BlockPlacement.GUIDE, BlockPlacement.PROFILE),
            new AudienceRule(true, null, null, Set.of(), Set.of()));
    private static final ContentBlock FIRST = block("first-application", 20, EnumSet.of(BlockPlacement.GUIDE),
            new AudienceRule(null, true, null, Set.of(), Set.of()));
    private static final ContentBlock COSTS = block("help-with-costs", 30, EnumSet.of(BlockPlacement.GUIDE, BlockPlacement.PROFILE),
            new AudienceRule(null, null, true, Set.of(), Set.of()));
    private static final ContentBlock INFANT = block("infant-stage", 40, EnumSet.of(BlockPlacement.GUIDE),
            new AudienceRule(null, null, null, Set.of(Stage.INFANT), Set.of()));
    private static final ContentBlock INTERPRETERS = block("interpreters", 60, EnumSet.of(BlockPlacement.GUIDE, BlockPlacement.PROFILE),
            new AudienceRule(null, null, null, Set.of(), Set.of("ar", "ur")));
    private static final ContentBlock FOR_ALL = block("for-everyone", 5, EnumSet.of(BlockPlacement.GUIDE), AudienceRule.everyone());
    private static final List<ContentBlock> ALL = List.of(INTERPRETERS, COSTS, FOR_ALL, INFANT, FIRST, WELCOME);

    @Test
    void aFamilyThatAnsweredNothingSeesTheGeneralContent() {
        assertEquals(List.of("for-everyone"), ids(BlockPlacement.GUIDE, FamilyAnswers.NONE, SupportedLanguage.CA));
        assertEquals(List.of(), ids(BlockPlacement.PROFILE, FamilyAnswers.NONE, SupportedLanguage.EN));
    }

    @Test
    void aNewcomerFamilySeesTheWelcomeOnTheGuideAndOnEachProfile() {
        FamilyAnswers newcomer = new FamilyAnswers(Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(List.of("for-everyone", "welcome-newcomers"), ids(BlockPlacement.GUIDE, newcomer, SupportedLanguage.FR));
        assertEquals(List.of("welcome-newcomers"), ids(BlockPlacement.PROFILE, newcomer, SupportedLanguage.FR));
    }

    @Test
    void aNoAnswerIsNotAYes() {
        FamilyAnswers settled = new FamilyAnswers(Optional.of(false), Optional.of(false), Optional.of(Stage.PRIMARY),
                Optional.of(false));
        assertEquals(List.of("for-everyone"), ids(BlockPlacement.GUIDE, settled, SupportedLanguage.ES));
    }

    @Test
    void answersCombineAndTheCityDecidesTheOrder() {
        FamilyAnswers answers = new FamilyAnswers(Optional.of(true), Optional.of(true), Optional.of(Stage.INFANT),
                Optional.of(true));
        assertEquals(List.of("for-everyone", "welcome-newcomers", "first-application", "help-with-costs", "infant-stage",
                "interpreters"), ids(BlockPlacement.GUIDE, answers, SupportedLanguage.UR));
    }

    @Test
    void languageRulesFollowThePageLanguage() {
        assertEquals(List.of("interpreters"), ids(BlockPlacement.PROFILE, FamilyAnswers.NONE, SupportedLanguage.AR));
        assertEquals(List.of(), ids(BlockPlacement.PROFILE, FamilyAnswers.NONE, SupportedLanguage.ZH));
    }

    private static List<String> ids(BlockPlacement page, FamilyAnswers answers, SupportedLanguage language) {
        return BlockSelector.select(ALL, page, answers, language).stream().map(ContentBlock::getId).toList();
    }

    private static ContentBlock block(String id, int order, Set<BlockPlacement> pages, AudienceRule rule) {
        return new ContentBlock(id, order, pages, rule, Map.of());
    }
}
