package org.opendoors.content.reader;

import com.ibm.icu.util.ULocale;

/**
 * Whether ICU knows a language code well enough to name it: a school's languages must have a name in each portal
 * language. (ICU's ISO list alone would refuse codes it has replaced, such as tl for Tagalog.)
 */
public final class KnownLanguages {

    private KnownLanguages() {
    }

    public static boolean contains(String code) {
        String name = ULocale.getDisplayLanguage(code, ULocale.ENGLISH);
        return !name.isEmpty() && !name.equals(code);
    }
}
