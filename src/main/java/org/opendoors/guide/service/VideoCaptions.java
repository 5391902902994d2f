package org.opendoors.guide.service;

import org.opendoors.guide.domain.VideoCue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The video guide's captions in one language as a WebVTT file, the format every browser's {@code <track>} reads.
 * Caption texts are plain text: the characters WebVTT would read as markup or as a cue's timing are written as text.
 */
public final class VideoCaptions {

    private VideoCaptions() {
    }

    public static String webVtt(List<VideoCue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (VideoCue cue : cues) {
            vtt.append(cue.id()).append('\n')
                    .append(time(cue.start())).append(" --> ").append(time(cue.end())).append('\n')
                    .append(text(cue.text())).append("\n\n");
        }
        return vtt.toString();
    }

    /** A short name of the captions' text, so their address changes when, and only when, they do. */
    public static String fingerprint(String webVtt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(webVtt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** One paragraph of plain text: no blank line (it would end the cue), and {@code & < >} as text (so no tag and no "-->"). */
    static String text(String caption) {
        return caption.strip().replaceAll("\\s*\\R\\s*", "\n").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
