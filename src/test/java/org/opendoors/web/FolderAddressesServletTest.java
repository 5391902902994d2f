package org.opendoors.web;

import jakarta.servlet.annotation.WebServlet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderAddressesServletTest {

    @Test
    void everyFolderOfTheWebApplicationIsAnsweredByUsNotByAContainerRedirect() throws IOException {
        Set<String> mapped = Set.of(FolderAddressesServlet.class.getAnnotation(WebServlet.class).urlPatterns());
        Path webapp = Path.of("src/main/webapp");
        List<String> folders;
        try (Stream<Path> paths = Files.walk(webapp)) {
            folders = paths.filter(Files::isDirectory).filter(folder -> !folder.equals(webapp))
                    .map(folder -> "/" + webapp.relativize(folder).toString().replace('\\', '/'))
                    .filter(folder -> !folder.startsWith("/WEB-INF/") && !folder.startsWith("/META-INF/"))
                    .toList();
        }
        for (String folder : folders) {
            assertTrue(mapped.contains(folder), folder + " is a folder of the web application that FolderAddressesServlet does not answer");
        }
        assertTrue(mapped.containsAll(List.of("/WEB-INF/*", "/META-INF/*")), "folders the build adds below WEB-INF and META-INF");
    }
}
