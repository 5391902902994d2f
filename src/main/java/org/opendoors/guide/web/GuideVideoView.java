package org.opendoors.guide.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/**
 * The video guide as the guide page shows it: the video, a captions track per language that has captions (the
 * page's language chosen first), and what it says as text for whoever would rather read. (Getters because Faces 4's
 * EL does not read record components.)
 */
public record GuideVideoView(String src, List<Track> tracks, String transcriptLang, List<TextBlock> transcript,
                             boolean transcriptFallback) {

    /** One language's captions. */
    public record Track(String lang, String label, String src, boolean chosen) {

        public String getLang() {
            return lang;
        }

        public String getLabel() {
            return label;
        }

        public String getSrc() {
            return src;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    public String getSrc() {
        return src;
    }

    public List<Track> getTracks() {
        return tracks;
    }

    public String getTranscriptLang() {
        return transcriptLang;
    }

    /** What the video says, a paragraph a caption, phone numbers and figures isolated like every text's. */
    public List<TextBlock> getTranscript() {
        return transcript;
    }

    /** The page's language has no captions yet: the transcript is in the city's language. */
    public boolean isTranscriptFallback() {
        return transcriptFallback;
    }
}
