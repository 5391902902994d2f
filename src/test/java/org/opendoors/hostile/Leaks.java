package org.opendoors.hostile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an answer to a hostile request must never give away: a server error, stack text, exception or class names,
 * SQL, the versions of the server, database or libraries. And every answer, errors included, carries the security
 * headers.
 */
public final class Leaks {

    /** Traces of internals; each would tell an attacker what runs behind the page or how it broke. */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\bat (?:java|jakarta|org|com|fish|sun)\\.[\\w.$]+\\("),
            Pattern.compile("\\b(?:java|jakarta|javax|org\\.eclipse|org\\.h2|org\\.postgresql|org\\.opendoors|fish\\.payara|com\\.sun)\\.[a-z]+\\.[\\w.]*[A-Z]\\w*"),
            Pattern.compile("\\b\\w+(?:Exception|Error)\\b(?!-)"),
            Pattern.compile("(?i)\\b(?:eclipselink|hibernate|mojarra|grizzly|glassfish|hazelcast|payara (?:server|micro))\\b"),
            Pattern.compile("(?i)\\bH2 \\d|\\bh2database\\b|\\bSQLState\\b|\\bSQL statement\\b|\\binsert into\\b|\\bselect .{1,80}\\bfrom\\b"),
            Pattern.compile("(?i)caused by:|stack ?trace|\\bline \\d+ of \\w+\\.java"));

    private static final Pattern FACES_FIELDS = Pattern.compile("\\bjakarta\\.faces\\.(?:ViewState|ClientWindow)\\b");

    private Leaks() {
    }

    /** Not a 5xx, and nothing internal in the body. */
    public static void assertClean(RawHttp.Response response, String what) {
        assertTrue(response.status() < 500, what + ": answered " + response);
        assertNoInternals(response, what);
    }

    /** An error page may be a 5xx (a real failure), but it is ours: no internals, and the security headers. */
    public static void assertNoInternals(RawHttp.Response response, String what) {
        // Every Faces form carries the standard hidden field "jakarta.faces.ViewState": a name the specification
        // fixes, not a trace of internals.
        String body = FACES_FIELDS.matcher(response.body()).replaceAll("");
        for (Pattern internal : INTERNALS) {
            assertFalse(internal.matcher(body).find(), what + ": the answer shows internals (" + internal + "):\n" + response);
        }
        String server = response.header("server").orElse("") + " " + response.header("x-powered-by").orElse("");
        assertFalse(server.toLowerCase(Locale.ROOT).matches(".*\\d.*"), what + ": a version in the headers: " + server);
        if (response.bytes().length > 0 && response.status() / 100 != 3) {
            // An empty answer (the server refusing a malformed request outright) or a redirect has nothing to protect.
            assertSecurityHeaders(response, what);
        }
    }

    public static void assertSecurityHeaders(RawHttp.Response response, String what) {
        assertTrue(response.header("content-security-policy").isPresent(), what + ": no Content-Security-Policy: " + response.headers());
        assertTrue(response.header("x-content-type-options").isPresent(), what + ": no X-Content-Type-Options: " + response.headers());
    }
}
