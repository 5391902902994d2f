package org.opendoors.editorial.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldMergeTest {

    @Test
    void takesTheirChangeWhereMineIsAsOpenedAndKeepsMineWhereBothChanged() {
        Map<String, String> base = Map.of("phone", "1", "address", "Old street", "name", "School");
        Map<String, String> mine = new LinkedHashMap<>(Map.of("phone", "1", "address", "My street", "name", "School"));
        Map<String, String> theirs = Map.of("phone", "2", "address", "Their street", "name", "School");
        List<String> taken = new ArrayList<>();

        DocumentForm.Merge merge = FieldMerge.merge(base, mine, theirs, taken::add);

        assertEquals(List.of("phone"), taken);
        assertEquals(1, merge.taken());
        assertEquals(List.of("address"), merge.bothChanged());
    }

    @Test
    void bothMakingTheSameChangeIsNoCollision() {
        DocumentForm.Merge merge = FieldMerge.merge(Map.of("a", "x"), Map.of("a", "y"), Map.of("a", "y"), field -> {
            throw new AssertionError("nothing to take");
        });
        assertEquals(new DocumentForm.Merge(0, List.of()), merge);
    }
}
