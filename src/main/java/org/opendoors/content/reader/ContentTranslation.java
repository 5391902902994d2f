package org.opendoors.content.reader;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.TranslatableText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The city's translatable texts and translation files, asked of every {@link ContentFormat}: the XLIFF exchange and
 * the translation status work through this and know no feature.
 */
public final class ContentTranslation {

    private ContentTranslation() {
    }

    /** Every text of the city a translator translates into {@code target}, format by format in reading order. */
    public static List<TranslatableText> texts(CityContent content, String target) {
        List<TranslatableText> texts = new ArrayList<>();
        for (ContentFormat<?> format : ContentFolderReader.formats()) {
            texts.addAll(textsOf(format, content, target));
        }
        return texts;
    }

    /** A translation file written whole from translated texts, by the format that owns it. */
    public static String write(CityContent content, String file, Function<String, String> translated) {
        for (ContentFormat<?> format : ContentFolderReader.formats()) {
            Optional<String> written = writeWith(format, content, file, translated);
            if (written.isPresent()) {
                return written.get();
            }
        }
        throw new IllegalArgumentException("No content format writes " + file);
    }

    private static <T> List<TranslatableText> textsOf(ContentFormat<T> format, CityContent content, String target) {
        return format.translatableTexts(content.part(format.part()), content.sourceLanguage(), target);
    }

    private static <T> Optional<String> writeWith(ContentFormat<T> format, CityContent content, String file,
                                                  Function<String, String> translated) {
        return format.writeTranslation(content.part(format.part()), file, content.sourceLanguage(), translated);
    }
}
