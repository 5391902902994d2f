package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.domain.Cue;
import org.opendoors.content.guard.domain.LanguageRules;

/** A language's rules made ready to read texts: its analysis, and every entry indexed by its first word. */
final class CompiledRules {

    private final LanguageRules rules;
    private final LanguageAnalysis analysis;
    private final CueIndex index = new CueIndex();

    CompiledRules(LanguageRules rules) {
        this.rules = rules;
        this.analysis = RuleCompiler.analysis(rules.language(), rules.calendarWords());
        for (Cue cue : rules.cues().values()) {
            index.add(cue.name(), cue.entries());
        }
        index.add(CueIndex.ALLOWED, rules.allowed());
    }

    LanguageRules rules() {
        return rules;
    }

    LanguageAnalysis analysis() {
        return analysis;
    }

    CueIndex index() {
        return index;
    }
}
