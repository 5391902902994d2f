package org.opendoors.editorial.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a document kind by its name, the way the kinds were stored when they were an enum. */
@Converter(autoApply = true)
public class DocumentKindConverter implements AttributeConverter<DocumentKind, String> {

    @Override
    public String convertToDatabaseColumn(DocumentKind kind) {
        return kind == null ? null : kind.name();
    }

    @Override
    public DocumentKind convertToEntityAttribute(String name) {
        return name == null ? null : DocumentKind.named(name);
    }
}
