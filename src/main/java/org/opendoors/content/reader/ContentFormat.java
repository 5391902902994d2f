package org.opendoors.content.reader;

import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.domain.TranslatableText;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The files one feature owns in a content folder: how they are read into that feature's part of the city, which of
 * their texts translators translate, and how a language's file is written back from translated texts. The
 * kernel reads a folder by asking every format in turn (each after the formats whose parts it refers to), so it
 * knows no feature: a feature adds its files by implementing this and naming the class in
 * {@code META-INF/services/org.opendoors.content.reader.ContentFormat}.
 *
 * @param <T> the feature's part of the city, immutable once read
 */
public interface ContentFormat<T> {

    /** The type of the part this format reads; one format per type. */
    Class<T> part();

    /**
     * The file at the top of a content folder that marks it as one, when this format owns it ({@code city.yaml}):
     * an uploaded archive's content folder is the folder it lies in. Exactly one format declares it.
     */
    default Optional<String> markerFile() {
        return Optional.empty();
    }

    /**
     * Which paths of a content folder (relative, '/'-separated) are this format's files, so that an uploaded archive
     * keeps them for the reader. A file in the format's place with a wrong name ({@code schools/x/de.yaml}) is kept
     * too: the reader then refuses it with its reason instead of it silently vanishing. {@code markerText} is the
     * folder's marker file, or null when it has none or cannot be read (city.yaml names the map files).
     */
    Predicate<String> files(String markerText);

    /** The parts this one refers to (a school names its district), read before it. */
    default List<Class<?>> needs() {
        return List.of();
    }

    /**
     * Reads this format's files, reporting every problem to {@code reading.problems()} and noting every text families
     * will read with {@code reading.guard(…)}. Returns the part even when problems were found (the folder is then
     * refused as a whole); throws only when nothing after it could be read meaningfully.
     */
    T read(ContentReading reading) throws ContentRejectedException;

    /**
     * The texts of this part translators translate into {@code target}, in reading order, each naming the file of
     * {@code target} its translation lives in; none when this format has nothing to translate.
     */
    default List<TranslatableText> translatableTexts(T part, String sourceLanguage, String target) {
        return List.of();
    }

    /**
     * A translation file of this format, written whole in the layout {@code content/README.md} describes from the
     * translated texts ({@code translated} gives a text id's translation, or null); empty when the file is not one
     * of this format's.
     */
    default Optional<String> writeTranslation(T part, String file, String sourceLanguage, Function<String, String> translated) {
        return Optional.empty();
    }
}
