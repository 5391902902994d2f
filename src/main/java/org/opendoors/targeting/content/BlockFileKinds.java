package org.opendoors.targeting.content;

import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentKinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A targeted block's files as the back office edits them: its rule, and its texts per language. */
public final class BlockFileKinds implements DocumentKinds {

    public static final DocumentKind BLOCK_RULES = new DocumentKind("BLOCK_RULES", "Targeted block rules", false,
            "3 Targeted blocks", "blocks/([a-z0-9-]+)/block\\.yaml", "blocks/{1}");
    public static final DocumentKind BLOCK_TEXTS = new DocumentKind("BLOCK_TEXTS", "Targeted block texts", true,
            "3 Targeted blocks", "blocks/([a-z0-9-]+)/(?<lang>[a-z]{2,3})\\.yaml", "blocks/{1}");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(BLOCK_RULES, BLOCK_TEXTS);
    }

    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return item.startsWith(BlockFiles.FOLDER + "/")
                ? Optional.of("Targeted block “" + item.substring(BlockFiles.FOLDER.length() + 1) + "”")
                : Optional.empty();
    }
}
