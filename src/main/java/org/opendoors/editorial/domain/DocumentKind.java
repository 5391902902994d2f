package org.opendoors.editorial.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file of the content folder holds, told from its path (layout in {@code content/README.md}). Each feature
 * declares the kinds of the files it owns ({@link DocumentKinds}, listed in {@code META-INF/services}); the back
 * office knows them only through this, and stores a kind by its {@link #name()}.
 */
public final class DocumentKind {

    /**
     * Found once, on first use: the kinds are the portal's, not configuration. A holder of its own, because the
     * classes declaring kinds create them while they are loaded.
     */
    private static final class Registry {
        static final List<DocumentKind> ALL = loadKinds();
    }

    private final String name;
    private final String label;
    private final boolean translatable;
    private final String group;
    private final Pattern path;
    private final String item;

    /**
     * @param name    how the kind is stored (at most 20 characters)
     * @param label   what staff read
     * @param group   the back office's list groups files by this ("1 Schools"; sorted as written)
     * @param path    the paths of this kind: group 1, if any, names the item; a group named {@code lang} the language
     * @param item    the item files of this kind belong to, with {@code {1}} standing for group 1 ({@code schools/{1}})
     */
    public DocumentKind(String name, String label, boolean translatable, String group, String path, String item) {
        if (name.length() > 20) {
            throw new IllegalArgumentException("A document kind's name is stored in 20 characters: " + name);
        }
        this.name = name;
        this.label = label;
        this.translatable = translatable;
        this.group = group;
        this.path = Pattern.compile(path);
        this.item = item;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    /** Texts families read, one file per language: what translators work on. */
    public boolean isTranslatable() {
        return translatable;
    }

    public String group() {
        return group;
    }

    /** The kind, item and language of a content file, or empty when the path is not part of a content folder. */
    public static Optional<DocumentAddress> of(String path) {
        for (DocumentKind kind : Registry.ALL) {
            Matcher matcher = kind.path.matcher(path);
            if (matcher.matches()) {
                String item = matcher.groupCount() >= 1 ? kind.item.replace("{1}", matcher.group(1)) : kind.item;
                String language = kind.path.pattern().contains("(?<lang>") ? matcher.group("lang") : null;
                return Optional.of(new DocumentAddress(path, kind, item, language));
            }
        }
        return Optional.empty();
    }

    /** The kind stored under this name. */
    public static DocumentKind named(String name) {
        return Registry.ALL.stream().filter(kind -> kind.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No document kind is named " + name));
    }

    /** A title for an item of the content folder, asked of the feature that owns it; the item itself otherwise. */
    public static String titleOf(String item, java.util.Map<String, String> headFiles) {
        for (DocumentKinds kinds : ServiceLoader.load(DocumentKinds.class, DocumentKinds.class.getClassLoader())) {
            Optional<String> title = kinds.titleOf(item, headFiles);
            if (title.isPresent()) {
                return title.get();
            }
        }
        return item;
    }

    private static List<DocumentKind> loadKinds() {
        List<DocumentKind> kinds = new ArrayList<>();
        for (DocumentKinds declared : ServiceLoader.load(DocumentKinds.class, DocumentKinds.class.getClassLoader())) {
            kinds.addAll(declared.kinds());
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("No document kind is declared in META-INF/services/" + DocumentKinds.class.getName());
        }
        return List.copyOf(kinds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentKind kind && kind.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
