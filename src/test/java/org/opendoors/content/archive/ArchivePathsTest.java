package org.opendoors.content.archive;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchivePathsTest {

    @Test
    void plainNamesAreKeptWithWindowsSeparatorsAndDotsTidied() {
        assertEquals(Optional.of("content/city.yaml"), ArchivePaths.safe("content/city.yaml"));
        assertEquals(Optional.of("content/schools/x/ca.yaml"), ArchivePaths.safe("content\\schools\\x\\ca.yaml"));
        assertEquals(Optional.of("content/city.yaml"), ArchivePaths.safe("./content//city.yaml"));
        assertEquals(Optional.of("a..b/c.yaml"), ArchivePaths.safe("a..b/c.yaml"));
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        for (String name : new String[]{"../x", "content/../../x", "/etc/passwd", "\\\\server\\share\\x", "C:\\x",
                "c:x", "content\\..\\..\\x", "content/x\u0000.yaml"}) {
            assertTrue(ArchivePaths.safe(name).isEmpty(), name);
        }
    }

    @Test
    void systemFilesAreFoundByTheirFirstHiddenOrToolFolder() {
        assertEquals(Optional.of(".git/"), ArchivePaths.systemPart(".git/objects/ab/cd"));
        assertEquals(Optional.of("vallmar/.git/"), ArchivePaths.systemPart("vallmar/.git/HEAD"));
        assertEquals(Optional.of("__MACOSX/"), ArchivePaths.systemPart("__MACOSX/content/._city.yaml"));
        assertEquals(Optional.of("content/schools/.DS_Store"), ArchivePaths.systemPart("content/schools/.DS_Store"));
        assertEquals(Optional.of("content/Thumbs.db"), ArchivePaths.systemPart("content/Thumbs.db"));
        assertFalse(ArchivePaths.systemPart("content/schools/escola-x/ca.yaml").isPresent());
    }
}
