package org.opendoors.translation.domain;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.reader.Quoted;

import java.util.List;

/**
 * One reason an XLIFF file is refused: the unit it concerns (a key, a content text's id or a content file; empty
 * when it is the whole file's) and why. The command line prints {@link #describe()}; the back office words each kind
 * in its reader's language from the parts, so the reasons stay data here rather than sentences.
 */
public sealed interface XliffProblem {

    /** The unit, file or key the problem is about; empty when it is about the whole file. */
    String unit();

    /** In English, as the command line reports it. */
    String describe();

    /** Larger than any XLIFF file of one language: refused before it is parsed. */
    record TooLarge(int maxBytes) implements XliffProblem {
        public int maxMegabytes() {
            return maxBytes / (1024 * 1024);
        }

        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "the file is larger than " + maxMegabytes() + " MB; an XLIFF file of one language is much smaller";
        }
    }

    /** Not XML a parser can read, or a DOCTYPE (refused: an uploaded file must not name other files); line 0 when unknown. */
    record NotWellFormed(int line, String detail) implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "not well-formed XML" + (line > 0 ? " (line " + line + ")" : "") + ": " + detail;
        }
    }

    record NotXliff() implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "not an XLIFF 2.0 document";
        }
    }

    /** Neither the interface texts nor the content texts: the {@code <file id>} the portal's exports write is missing. */
    record UnknownKind(String fileId) implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "the file holds neither interface texts (<file id=\"messages\">) nor content texts (<file id=\"content\">), but "
                    + Quoted.quote(fileId);
        }
    }

    record WrongLanguage(String found, String expected) implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "the file is for " + Quoted.quote(found) + ", not '" + expected + "'";
        }
    }

    /** The texts of this kind are written in this language: they are the source, not a translation. */
    record SourceLanguage(XliffKind kind, String language) implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "'" + language + "' is the source language of the " + kind.code() + " texts, not a translation";
        }
    }

    record UnknownUnit(XliffKind kind, String unit) implements XliffProblem {
        @Override
        public String describe() {
            return "unit " + Quoted.quote(unit) + (kind == XliffKind.UI ? ": no such key in the English source"
                    : ": not a text of this content folder");
        }
    }

    /** A content file is written whole: one of its texts changed, so each of them needs a translation. */
    record IncompleteFile(String unit, List<String> missing) implements XliffProblem {
        public IncompleteFile {
            missing = List.copyOf(missing);
        }

        @Override
        public String describe() {
            return unit + ": every text of the file needs a translation; missing " + missing;
        }
    }

    /** An interface text the checks of a typed save (ICU, arguments, plural categories, markup, the guard) refuse. */
    record TextRefused(BundleFinding finding) implements XliffProblem {
        @Override
        public String unit() {
            return finding.key();
        }

        @Override
        public String describe() {
            return "unit '" + finding.key() + "': " + finding.check() + ": " + finding.message();
        }
    }

    /** A content file the importer's validation or the content guard refuses. */
    record ContentRefused(ContentProblem problem) implements XliffProblem {
        @Override
        public String unit() {
            return problem.file();
        }

        @Override
        public String describe() {
            return problem.toString();
        }
    }

    /** Someone saved a new version of the file after the upload read it: nothing was saved, the upload can be tried again. */
    record SavedMeanwhile(String unit, String savedBy) implements XliffProblem {
        @Override
        public String describe() {
            return unit + ": " + savedBy + " saved a new version while the file was being applied";
        }
    }

    /** Another upload is being applied: one at a time, so uploads never take the server from families. */
    record Busy() implements XliffProblem {
        @Override
        public String unit() {
            return "";
        }

        @Override
        public String describe() {
            return "another XLIFF file is being applied right now; upload yours again in a minute";
        }
    }
}
