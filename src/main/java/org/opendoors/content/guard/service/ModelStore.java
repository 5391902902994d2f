package org.opendoors.content.guard.service;

import org.opendoors.content.guard.domain.Cue;
import org.opendoors.content.guard.domain.GuardExample;
import org.opendoors.content.guard.domain.LanguageRules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where models learned from a language's examples are kept between starts. Learning takes seconds for eight
 * languages; reading a kept model takes a fraction of that. A model is kept under the digest of everything it was
 * learned from — the examples, the cues that make its features, the versions of the code and of the libraries that
 * read words — so a changed example, rule or library is learned anew, never served from an older model. Without a
 * folder (the command line, tests) models live as long as the process.
 */
public final class ModelStore {

    /** Overrides where the portal keeps models (by default the folder {@code guard-models} of its data folder). */
    public static final String FOLDER_VARIABLE = "OPENDOORS_GUARD_MODELS";
    private static final Logger LOG = Logger.getLogger(ModelStore.class.getName());
    private static final String SUFFIX = ".model.gz";
    private static final int KEPT_PER_LANGUAGE = 3;
    private static volatile ModelStore configured = fromEnvironment();

    private final Path folder;

    private ModelStore(Path folder) {
        this.folder = folder;
    }

    /** The process's store: the folder {@link #FOLDER_VARIABLE} names, else the one the portal gave, else none. */
    static ModelStore configured() {
        return configured;
    }

    /** Keeps models in {@code folder} unless {@link #FOLDER_VARIABLE} names another. */
    public static void keepIn(Path folder) {
        if (System.getenv(FOLDER_VARIABLE) == null || System.getenv(FOLDER_VARIABLE).isBlank()) {
            configured = new ModelStore(folder);
        }
    }

    static ModelStore in(Path folder) {
        return new ModelStore(folder);
    }

    static ModelStore none() {
        return new ModelStore(null);
    }

    private static ModelStore fromEnvironment() {
        String named = System.getenv(FOLDER_VARIABLE);
        return new ModelStore(named == null || named.isBlank() ? null : Path.of(named));
    }

    Optional<SentenceModel> load(LanguageRules rules) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(rules.language() + "-" + digest(rules) + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
            return Optional.of(SentenceModel.read(new DataInputStream(in)));
        } catch (IOException | RuntimeException unreadable) {
            // A kept model is only a shortcut: one that cannot be read is learned again and written anew.
            LOG.log(Level.WARNING, "The content guard's kept model " + file + " cannot be read; learning it again", unreadable);
            return Optional.empty();
        }
    }

    /** Writes {@code model} for {@code rules} (whole or not at all) and returns it. */
    SentenceModel keep(LanguageRules rules, SentenceModel model) {
        if (folder == null) {
            return model;
        }
        String name = rules.language() + "-" + digest(rules);
        try {
            Files.createDirectories(folder);
            try (var old = Files.list(folder)) {
                // A few models per language (the published examples and a draft or two); older ones go.
                List<Path> kept = old.filter(f -> f.getFileName().toString().startsWith(rules.language() + "-")
                                && f.getFileName().toString().endsWith(SUFFIX))
                        .sorted(java.util.Comparator.comparing(ModelStore::modified).reversed()).toList();
                kept.stream().skip(KEPT_PER_LANGUAGE - 1L).forEach(ModelStore::deleteQuietly);
            }
            Path partial = Files.createTempFile(folder, name, ".partial");
            try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(partial)))) {
                model.write(new DataOutputStream(out));
            }
            try {
                Files.move(partial, folder.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(partial, folder.resolve(name + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException notWritten) {
            LOG.log(Level.WARNING, "The content guard's model for " + rules.language() + " could not be kept in "
                    + folder + "; it will be learned again at the next start", notWritten);
        }
        return model;
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stillThere) {
            LOG.log(Level.FINE, "An older model stays: " + file, stillThere);
        }
    }

    /** Everything a model is learned from, in a fixed order, digested. */
    static String digest(LanguageRules rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            StringBuilder learnedFrom = new StringBuilder()
                    .append(SentenceModel.FORMAT).append('\n')
                    .append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append('\n')
                    .append(org.apache.lucene.util.Version.LATEST).append('\n')
                    .append(rules.language()).append('\n')
                    .append(rules.calendarWords()).append('\n')
                    .append(rules.allowed()).append('\n');
            // The cues' map has no fixed order; their names do.
            new TreeMap<String, Cue>(rules.cues()).forEach((name, cue) -> learnedFrom.append(cue).append('\n'));
            for (GuardExample example : rules.examples()) {
                learnedFrom.append(example.refusedAs().map(Enum::name).orElse("-")).append('\t')
                        .append(example.sentence()).append('\n');
            }
            return HexFormat.of().formatHex(sha.digest(learnedFrom.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
