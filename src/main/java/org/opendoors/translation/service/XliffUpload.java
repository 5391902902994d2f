package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;

import java.io.IOException;
import java.util.function.Function;

/**
 * An uploaded XLIFF file read as far as telling what it holds: bounded, parsed without DTDs, its kind from its
 * {@code <file id>} (or, from a tool that rewrote the id, its {@code original}), for the language the translator
 * chose, and that language not the source of its texts. Nothing here reads or saves what the portal stores.
 */
final class XliffUpload {

    /** A readable upload: what it holds and its units' targets. */
    record Opened(XliffKind kind, Xliff.Parsed parsed) {
    }

    private XliffUpload() {
    }

    /**
     * @param sourceLanguageOf the language each kind's texts are written in (English for the interface, the city's
     *                         source language for content)
     */
    static Opened open(byte[] bytes, SupportedLanguage chosen, Function<XliffKind, String> sourceLanguageOf)
            throws XliffRefusedException, IOException {
        Xliff.Parsed parsed;
        try {
            parsed = Xliff.parse(bytes);
        } catch (Xliff.Unreadable unreadable) {
            throw new XliffRefusedException(null, unreadable.problem());
        }
        XliffKind kind = XliffKind.of(parsed.fileId(), parsed.original()).orElseThrow(() ->
                new XliffRefusedException(null, new XliffProblem.UnknownKind(parsed.fileId())));
        if (!chosen.tag().equals(parsed.targetLanguage())) {
            throw new XliffRefusedException(kind, new XliffProblem.WrongLanguage(parsed.targetLanguage(), chosen.tag()));
        }
        if (chosen.tag().equals(sourceLanguageOf.apply(kind))) {
            throw new XliffRefusedException(kind, new XliffProblem.SourceLanguage(kind, chosen.tag()));
        }
        return new Opened(kind, parsed);
    }
}
