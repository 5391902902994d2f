package org.opendoors.content.text;

import java.util.regex.Pattern;

/**
 * Makes any input from the back office a content text fit to store: our markup, never HTML. A text with HTML in it
 * (pasted from a web page or a word processor, or a forged post) goes through OWASP's HTML sanitizer with the policy
 * of our subset, and what passes is written as markup ({@link HtmlToMarkup}); links whose address is not http, https
 * or mailto are reduced to their label. The stored text holds no tag (so no script, style or event handler) and no
 * {@code javascript:} address.
 */
public final class TextSanitizer {

    /** Something a browser would read as the start of a tag, comment or declaration. */
    private static final Pattern TAG_START = Pattern.compile("<[A-Za-z!?/]");
    /**
     * Entities decoded by one pass can spell a new tag ("&amp;lt;script&amp;gt;"), so conversion repeats until no tag
     * is left; after this many passes whatever still starts a tag loses its "<".
     */
    private static final int MAX_PASSES = 5;
    /** Not a link once stored, but the words are written so no later reader can mistake them for an address. */
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)((?:java|vb)script\\s*):");
    /** Control characters other than line breaks and tabs carry nothing a reader sees. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private TextSanitizer() {
    }

    /** The input as a content text to store; the same text again for a text that is already one. */
    public static String toStoredText(String input) {
        if (input == null) {
            return "";
        }
        String text = CONTROL.matcher(input.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        for (int pass = 0; TAG_START.matcher(text).find(); pass++) {
            if (pass == MAX_PASSES) {
                text = TAG_START.matcher(text).replaceAll(match -> match.group().substring(1));
                break;
            }
            text = HtmlToMarkup.convert(text);
        }
        // A refused link's label can join what is around it into a new link ("[[x](javascript:a)](javascript:b)").
        for (String before = null; !text.equals(before); ) {
            before = text;
            text = RichText.withoutRefusedLinks(text);
        }
        text = SCRIPT_SCHEME.matcher(text).replaceAll("$1%3A");
        return text.strip();
    }
}
