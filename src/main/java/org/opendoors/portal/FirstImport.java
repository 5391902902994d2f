package org.opendoors.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.service.ContentImporter;
import org.opendoors.editorial.service.ContentLibrary;

import java.nio.file.Path;

/**
 * The first start's import, all or nothing: the city families see and the back office's version 1 of every file
 * are written in one transaction. A failure or a crash half-way leaves an empty database, which the next start
 * imports into again, never a city without its files or the other way round.
 */
@ApplicationScoped
public class FirstImport {

    @Inject
    private ContentImporter importer;
    @Inject
    private ContentLibrary library;

    /** @return how many content files the back office now keeps */
    @Transactional(rollbackOn = Exception.class)
    public int importCity(CityContent city, Path folder) {
        importer.importInto(city);
        return library.seedFrom(folder);
    }
}
