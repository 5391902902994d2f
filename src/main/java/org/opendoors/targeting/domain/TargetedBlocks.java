package org.opendoors.targeting.domain;

import java.util.List;

/** Every targeted block of the city, with its audience rule and texts: the targeting part of a content folder. */
public record TargetedBlocks(List<ContentBlock> blocks) {

    public TargetedBlocks {
        blocks = List.copyOf(blocks);
    }
}
