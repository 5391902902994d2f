package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.opendoors.translation.service.KeyUsages;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyUsagesTest {

    private final KeyUsages usages = new KeyUsages(Map.of(
            "/home/index.xhtml", "<h1>#{msg.text('home.title')}</h1><p>#{msg.text('home.title_note')}</p>",
            "/school/list.xhtml", "#{msg.format('school_list.count', {'count': n})}",
            "org.opendoors.school.web.SchoolListPage", "\u0001\u0000\u0014school_list.distance\u0001"));

    @Test
    void aKeyIsFoundAsAWholeWordOnly() {
        assertEquals(List.of("/home/index.xhtml"), usages.placesUsing("home.title"));
        assertEquals(List.of("/home/index.xhtml"), usages.placesUsing("home.title_note"));
        assertEquals(List.of(), usages.placesUsing("home"));
        assertEquals(List.of(), usages.placesUsing("title"));
    }

    @Test
    void keysUsedInCodeAreFoundInTheCompiledClass() {
        assertEquals(List.of("org.opendoors.school.web.SchoolListPage"), usages.placesUsing("school_list.distance"));
    }
}
