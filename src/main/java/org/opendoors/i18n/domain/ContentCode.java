package org.opendoors.i18n.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumerated fact written in {@code content/} as a lower-case code ({@code welcome_class}) and shown to families
 * through the bundle key {@code EnumName.CONSTANT}.
 */
public interface ContentCode {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    default String messageKey() {
        return getClass().getSimpleName() + "." + name();
    }

    static <E extends Enum<E> & ContentCode> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & ContentCode> String allowedCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ContentCode::code).collect(Collectors.joining(", "));
    }
}
