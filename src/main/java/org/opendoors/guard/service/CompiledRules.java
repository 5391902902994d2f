package org.opendoors.guard.service;

import org.opendoors.guard.analysis.LanguageAnalysis;
import org.opendoors.guard.domain.Cue;
import org.opendoors.guard.domain.LanguageRules;

import java.util.HashMap;
import java.util.Map;

/** A language's rules made ready to read texts: its analysis, and each cue's entries indexed by their first word. */
final class CompiledRules {

    private final LanguageRules rules;
    private final LanguageAnalysis analysis;
    private final Map<String, CueIndex> cues = new HashMap<>();
    private final CueIndex allowed;

    CompiledRules(LanguageRules rules) {
        this.rules = rules;
        this.analysis = RuleCompiler.analysis(rules.language(), rules.calendarWords());
        for (Cue cue : rules.cues().values()) {
            cues.put(cue.name(), new CueIndex(cue.entries()));
        }
        this.allowed = new CueIndex(rules.allowed());
    }

    LanguageRules rules() {
        return rules;
    }

    LanguageAnalysis analysis() {
        return analysis;
    }

    CueIndex index(String cue) {
        return cues.get(cue);
    }

    CueIndex allowed() {
        return allowed;
    }
}
