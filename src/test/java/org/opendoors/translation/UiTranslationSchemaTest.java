package org.opendoors.translation;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.opendoors.platform.persistence.DatabaseMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrations, V5 included, on the embedded database; PostgresIT runs the same scripts on PostgreSQL. */
class UiTranslationSchemaTest {

    @Test
    void translatorsTextsAreStoredOncePerLanguageAndKey() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ui-translation-schema;DB_CLOSE_DELAY=-1");
        DatabaseMigration.migrate(h2);
        String arabic = "{count, plural, zero {لا مدارس} one {مدرسة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}";
        try (Connection connection = h2.getConnection()) {
            insert(connection, "ar", "school_list.count", arabic);
            insert(connection, "ru", "school_list.count", "{count, plural, one {# школа} few {# школы} many {# школ} other {# школы}}");
            assertThrows(SQLException.class, () -> insert(connection, "ar", "school_list.count", "again"));
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select message_text, state, reviewed_by from ui_translation "
                         + "where language = 'ar' and message_key = 'school_list.count'")) {
                assertTrue(rows.next());
                assertEquals(arabic, rows.getString(1));
                assertEquals("translated", rows.getString(2));
                assertEquals(null, rows.getString(3));
            }
        }
    }

    private static void insert(Connection connection, String language, String key, String text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into ui_translation (language, message_key, "
                + "message_text, source_fingerprint, state, translated_by, translated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, language);
            insert.setString(2, key);
            insert.setString(3, text);
            insert.setString(4, "0123456789abcdef");
            insert.setString(5, "translated");
            insert.setString(6, "amira");
            insert.setTimestamp(7, Timestamp.from(Instant.parse("2026-11-23T10:00:00Z")));
            insert.executeUpdate();
        }
    }
}
