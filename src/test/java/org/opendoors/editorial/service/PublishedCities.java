package org.opendoors.editorial.service;

import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.i18n.domain.LocalizedText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.school.service.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A {@link PublishedCity} outside a container, for tests of what is built from it. */
public final class PublishedCities {

    /** A small valid city: two schools (Escola La Prova, Institut El Mirador), in Catalan with some translations. */
    public static final Path GOOD = Path.of("src/test/resources/content/good");

    private PublishedCities() {
    }

    /** A published city whose UI texts are the message keys themselves, each swap told to {@code swaps}. */
    public static PublishedCity withKeysAsLabels(List<SnapshotSwapped> swaps) {
        return new PublishedCity(swaps::add);
    }

    /**
     * The search words of a city as the school search derives them once per snapshot, with UI texts from
     * {@code labels} (key → text; any other key stands for itself) when this snapshot has none yet.
     */
    public static SearchIndex searchIndex(CitySnapshot city, Map<String, String> labels) {
        Messages messages = labels(labels);
        return city.derived(SearchIndex.class,
                snapshot -> SearchIndex.of(snapshot.content(), (language, key) -> messages.text(language, key).text()));
    }

    /** The same, already serving {@link #GOOD} as revision 1. */
    public static PublishedCity serving(List<SnapshotSwapped> swaps) {
        return serving(swaps::add);
    }

    /** Serving {@link #GOOD} as revision 1; that swap and every later one told to {@code swaps}. */
    public static PublishedCity serving(Consumer<SnapshotSwapped> swaps) {
        PublishedCity city = new PublishedCity(swaps);
        try {
            city.replaceWith(files(GOOD), "test start");
        } catch (Exception e) {
            throw new IllegalStateException("The test city does not read", e);
        }
        return city;
    }

    public static PublishedCity serving() {
        return serving(new ArrayList<>());
    }

    /** A content folder's files as the back office keeps them: path with '/' → text. */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Messages labels(Map<String, String> labels) {
        return new Messages() {
            @Override
            public LocalizedText text(SupportedLanguage language, String key) {
                return new LocalizedText(labels.getOrDefault(key, key), language);
            }
        };
    }
}
