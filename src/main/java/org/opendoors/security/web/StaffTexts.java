package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;
import org.opendoors.i18n.domain.WordedRefusal;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The back office's texts in the reader's language, for views ({@code #{bo['editorial.review.title']}},
 * {@code #{bo.format('editorial.drafts', row.drafts)}}) and for the messages beans add. A map so that EL reads a key
 * with brackets; ICU MessageFormat fills the arguments, numbered in the order they are given.
 */
@Named("bo")
@RequestScoped
public class StaffTexts extends AbstractMap<String, String> {

    @Inject
    private StaffMessages messages;
    @Inject
    private StaffLanguage language;

    @Override
    public String get(Object key) {
        return messages.text(language.language(), (String) key);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String text && messages.has(text);
    }

    /** The message with its arguments {0}, {1}, … in the order given. */
    public String format(String key, Object... arguments) {
        Map<String, Object> numbered = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            numbered.put(Integer.toString(i), arguments[i]);
        }
        return messages.format(language.language(), key, numbered);
    }

    /** The message with named arguments, for beans. */
    public String formatNamed(String key, Map<String, ?> arguments) {
        return messages.format(language.language(), key, arguments);
    }

    /** What a service said ({@link StaffWording}), in the reader's language. */
    public String say(StaffWording wording) {
        return messages.say(language.language(), wording);
    }

    /**
     * Why an action was refused, for a page's message: in the reader's language when the service worded it (a role
     * the account lacks, a photo it does not keep), otherwise the exception's own message.
     */
    public String explain(Exception refused) {
        if (refused instanceof WordedRefusal worded && worded.wording() != null) {
            return say(worded.wording());
        }
        return refused.getMessage();
    }

    /** The reader's locale, for ICU formatters (lists, dates) around the texts. */
    public com.ibm.icu.util.ULocale locale() {
        return language.language().locale();
    }

    /** A map of every text would be the whole catalog: views only ever read one key at a time. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
