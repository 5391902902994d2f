package org.opendoors.security.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.SortMeta;

import java.util.Comparator;

/**
 * Texts in the order the reader's language sorts them (ICU collation for the staff language: "Àngel" beside
 * "Angela", "ñ" after "n" in Spanish, "version 10" after "version 9"), never by code point. For the
 * {@code sortFunction} of a back-office table's column ({@code sortFunction="#{staffCollation.compare}"}) and for
 * beans that order a list before showing it. One collator per request: ICU collators are not thread-safe.
 */
@Named
@RequestScoped
public class StaffCollation {

    @Inject
    private StaffLanguage language;

    private Collator collator;

    /** A PrimeFaces sort function: the two cells' sort values, compared as text. Empty cells sort first. */
    public int compare(Object first, Object second, SortMeta column) {
        return comparator().compare(text(first), text(second));
    }

    /** The reader's order, for sorting in Java. */
    public Comparator<String> comparator() {
        if (collator == null) {
            Collator made = Collator.getInstance(language.language().locale());
            if (made instanceof RuleBasedCollator rules) {
                rules.setNumericCollation(true);
            }
            collator = made;
        }
        Collator chosen = collator;
        return (first, second) -> chosen.compare(first, second);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
