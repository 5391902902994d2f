package org.opendoors.content.domain;



/**
 * Implemented by the one part of the city that says which language its content is written in first (the city
 * file), so that the editorial workflow and the translation exchange know it without knowing that feature.
 */
public interface SourceLanguageDeclaration {

    /** A portal language tag: ca, es… */
    String sourceLanguage();
}
