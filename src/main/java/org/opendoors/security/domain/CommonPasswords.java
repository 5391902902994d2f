package org.opendoors.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passwords that real people used and that leaked: a selection of SecLists' list of the most frequent of ten million
 * leaked passwords, shipped with the portal (see {@code common-passwords.NOTICE.txt} beside the list for its source,
 * licence and selection). Entries are compared in {@link PasswordPolicy#fold folded} form. Read once, on first use,
 * into a sorted array: about 144,000 entries, a few megabytes, a binary search per question.
 */
public final class CommonPasswords {

    static final String RESOURCE = "/org/opendoors/security/common-passwords.txt";

    private CommonPasswords() {
    }

    /** Whether the folded text is one of the listed passwords. */
    public static boolean contains(String folded) {
        return Arrays.binarySearch(Holder.FOLDED, folded) >= 0;
    }

    static int size() {
        return Holder.FOLDED.length;
    }

    private static final class Holder {
        static final String[] FOLDED = read();

        private static String[] read() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords " + RESOURCE + " is missing from the build");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return reader.lines().filter(line -> !line.isEmpty()).map(PasswordPolicy::fold).sorted().distinct()
                        .toArray(String[]::new);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
