package org.opendoors.content.guard.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.guard.domain.GuardExample;
import org.opendoors.content.guard.domain.LanguageRules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learned models kept between starts: read back exactly, never for other examples, relearned when damaged. */
class ModelStoreTest {

    @TempDir
    static Path content;
    static LanguageRules rules;

    @BeforeAll
    static void rules() throws IOException {
        rules = SmallGuard.writtenInto(content).get("en");
    }

    @Test
    void aKeptModelIsReadBackAndJudgesExactlyAsTheOneLearned(@TempDir Path folder) throws IOException {
        CompiledRules learned = new CompiledRules(rules, ModelStore.in(folder));
        try (var kept = Files.list(folder)) {
            assertEquals(1, kept.count(), "one model for the language");
        }
        CompiledRules read = new CompiledRules(rules, ModelStore.in(folder));
        for (String sentence : List.of("The finest academy.", "Our garden grows beans.", "Most pupils are migrants.")) {
            assertEquals(LearnedGuardTest.ordinary(learned, sentence), LearnedGuardTest.ordinary(read, sentence), sentence);
        }
    }

    @Test
    void changedExamplesAreLearnedAnewAndOnlyTheLastThreeModelsStay(@TempDir Path folder) throws Exception {
        new CompiledRules(rules, ModelStore.in(folder));
        List<LanguageRules> versions = new ArrayList<>(List.of(rules));
        for (String added : List.of("The playground has a climbing wall.", "Lunch is at noon.", "The bus stops here.")) {
            List<GuardExample> more = new ArrayList<>(versions.get(versions.size() - 1).examples());
            more.add(GuardExample.ordinary(added));
            LanguageRules changed = rules.withExamples(more);
            assertNotEquals(ModelStore.digest(versions.get(versions.size() - 1)), ModelStore.digest(changed));
            assertTrue(ModelStore.in(folder).load(changed).isEmpty(), "a model of other examples is never read");
            Thread.sleep(20);
            new CompiledRules(changed, ModelStore.in(folder));
            versions.add(changed);
        }
        try (var kept = Files.list(folder)) {
            assertEquals(versions.subList(1, 4).stream().map(v -> "en-" + ModelStore.digest(v) + ".model.gz")
                    .sorted().toList(), kept.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aDamagedModelIsLearnedAgainAndWrittenAnew(@TempDir Path folder) throws IOException {
        new CompiledRules(rules, ModelStore.in(folder));
        Path file;
        try (var kept = Files.list(folder)) {
            file = kept.findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(ModelStore.in(folder).load(rules).isEmpty());

        CompiledRules relearned = new CompiledRules(rules, ModelStore.in(folder));
        assertTrue(relearned.model().isPresent());
        assertArrayEquals(whole, Files.readAllBytes(file), "the same examples make the same model, byte for byte");
    }

    @Test
    void aModelOfAnotherKindOrOutOfOrderIsRefused() throws IOException {
        CompiledRules learned = new CompiledRules(rules, ModelStore.none());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        learned.model().orElseThrow().write(new DataOutputStream(bytes));
        byte[] good = bytes.toByteArray();
        SentenceModel.read(new DataInputStream(new ByteArrayInputStream(good)));

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        new DataOutputStream(other).writeUTF("guard-model 0");
        assertThrows(IOException.class, () -> SentenceModel.read(new DataInputStream(new ByteArrayInputStream(other.toByteArray()))));

        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(huge);
        out.writeUTF(SentenceModel.FORMAT);
        out.writeInt(Integer.MAX_VALUE);
        IOException tooMany = assertThrows(IOException.class,
                () -> SentenceModel.read(new DataInputStream(new ByteArrayInputStream(huge.toByteArray()))));
        assertTrue(tooMany.getMessage().contains("features"), tooMany.getMessage());

        ByteArrayOutputStream unsorted = new ByteArrayOutputStream();
        out = new DataOutputStream(unsorted);
        out.writeUTF(SentenceModel.FORMAT);
        out.writeInt(2);
        out.writeLong(5);
        out.writeLong(3);
        assertThrows(IOException.class, () -> SentenceModel.read(new DataInputStream(new ByteArrayInputStream(unsorted.toByteArray()))));
    }

    @Test
    void withoutAFolderNothingIsWritten(@TempDir Path folder) {
        new CompiledRules(rules, ModelStore.none());
        assertTrue(ModelStore.none().load(rules).isEmpty());
        assertTrue(folder.toFile().list().length == 0);
    }
}
