package org.opendoors.content.guard.domain;

import java.util.Map;

/**
 * The guard's rules and examples a city was read with, per language: kept with the city so that texts outside the
 * content files (the UI strings translators write) are guarded by the same published rules as its content.
 */
public record GuardRuleSet(Map<String, LanguageRules> byLanguage) {

    public GuardRuleSet {
        byLanguage = Map.copyOf(byLanguage);
    }

    /**
     * The rules without what they learned from examples: for texts unlike the sentences the examples are (a menu
     * label, a button), where a model learned from whole sentences refuses single words it never saw ordinary.
     */
    public GuardRuleSet rulesAlone() {
        Map<String, LanguageRules> alone = new java.util.HashMap<>();
        byLanguage.forEach((language, rules) -> alone.put(language, rules.withExamples(java.util.List.of())));
        return new GuardRuleSet(alone);
    }
}
