package org.opendoors.platform.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;

import java.util.HashMap;
import java.util.Map;

/**
 * UI text for the page being rendered, in its language: {@code #{msg.text('home.title')}} and
 * {@code #{msg.format('school_list.count', {'count': n})}}, formatted by ICU (never {@code h:outputFormat}).
 */
@Named("msg")
@RequestScoped
public class PageMessages {

    @Inject
    private Messages messages;

    @Inject
    private PageLanguage page;

    public String text(String key) {
        return messages.text(language(), key).text();
    }

    public String format(String key, Map<?, ?> arguments) {
        Map<String, Object> named = new HashMap<>();
        arguments.forEach((name, value) -> named.put(String.valueOf(name), value));
        return messages.format(language(), key, named).text();
    }

    /** The label of a content code (a stage, a service…) through its {@code Enum.VALUE} key. */
    public String label(ContentCode code) {
        return text(code.messageKey());
    }

    /** A language's name in the page language ("àrab", "Arabic", "阿拉伯语") for a school's list of languages. */
    public String languageName(String code) {
        return LocaleDisplayNames.getInstance(language().locale(), DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .languageDisplayName(code);
    }

    private SupportedLanguage language() {
        return page.getLanguage();
    }
}
