package org.opendoors.security.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its code, the same string Jakarta Security uses as the role name. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code();
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown role in the database: " + code));
    }
}
