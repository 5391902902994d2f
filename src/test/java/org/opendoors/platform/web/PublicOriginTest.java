package org.opendoors.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublicOriginTest {

    @Test
    void theOriginIsSchemeHostAndAnUnusualPortOnly() {
        assertEquals(Optional.of("https://escoles.vallmar.cat"), PublicOrigin.parse("https://Escoles.Vallmar.cat/"));
        assertEquals(Optional.of("https://escoles.vallmar.cat"), PublicOrigin.parse(" https://escoles.vallmar.cat:443/portal "));
        assertEquals(Optional.of("http://localhost:8080"), PublicOrigin.parse("http://localhost:8080"));
        assertEquals(Optional.empty(), PublicOrigin.parse(""));
        assertEquals(Optional.empty(), PublicOrigin.parse(null));
    }

    @Test
    void anythingElseIsRefusedWithTheVariablesName() {
        for (String bad : new String[]{"escoles.vallmar.cat", "ftp://escoles.vallmar.cat", "javascript:alert(1)",
                "https://user:secret@escoles.vallmar.cat", "https://escoles.vallmar.cat/?x=1", "https://", "http://a b"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PublicOrigin.parse(bad), bad);
            assertEquals(true, refused.getMessage().startsWith(PublicOrigin.VARIABLE), refused.getMessage());
        }
    }
}
