package org.opendoors.guide.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The city's video guide: one WebM file, captioned in each language whose guide gives its cues. Named by the SHA-256
 * of its bytes, so its address changes when, and only when, the video does.
 */
public final class GuideVideo {

    private final byte[] webm;
    private final String sha256;

    public GuideVideo(byte[] webm, String sha256) {
        this.webm = webm.clone();
        this.sha256 = sha256;
    }

    public byte[] webm() {
        return webm.clone();
    }

    public int size() {
        return webm.length;
    }

    public String getSha256() {
        return sha256;
    }

    /**
     * The bytes from {@code first} to {@code last} inclusive (cut at the end of the video), for a browser that asks
     * for part of it; empty when no byte of the video is in that range.
     */
    public Optional<Range> range(long first, long last) {
        if (first < 0 || last < first || first >= webm.length) {
            return Optional.empty();
        }
        return Optional.of(new Range((int) first, (int) Math.min(last, webm.length - 1L)));
    }

    /** Some of the video's bytes, written without copying the video. */
    public final class Range {
        private final int first;
        private final int last;

        private Range(int first, int last) {
            this.first = first;
            this.last = last;
        }

        public int first() {
            return first;
        }

        public int last() {
            return last;
        }

        public int length() {
            return last - first + 1;
        }

        public void writeTo(OutputStream out) throws IOException {
            out.write(webm, first, length());
        }
    }
}
