package org.opendoors.guide.service;

import org.junit.jupiter.api.Test;
import org.opendoors.guide.domain.VideoCue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VideoCaptionsTest {

    @Test
    void writesWebVttWithTimesAndTextThatCannotBeReadAsMarkup() {
        String vtt = VideoCaptions.webVtt(List.of(new VideoCue("welcome", 0, 4.25, "Benvinguts!"),
                new VideoCue("help", 65.5, 3725.04, "Truqueu <b>ara</b> & --> no\n\nmés")));

        assertEquals("WEBVTT\n\nwelcome\n00:00:00.000 --> 00:00:04.250\nBenvinguts!\n\n"
                + "help\n00:01:05.500 --> 01:02:05.040\nTruqueu &lt;b&gt;ara&lt;/b&gt; &amp; --&gt; no\nmés\n\n", vtt);
    }

    @Test
    void theFingerprintChangesWithTheWords() {
        String one = VideoCaptions.webVtt(List.of(new VideoCue("a", 0, 1, "Hola")));
        String other = VideoCaptions.webVtt(List.of(new VideoCue("a", 0, 1, "Hola!")));

        assertEquals(16, VideoCaptions.fingerprint(one).length());
        assertNotEquals(VideoCaptions.fingerprint(one), VideoCaptions.fingerprint(other));
    }
}
