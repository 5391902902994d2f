package org.opendoors.content.reader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.Locale;

/**
 * The one way the portal reads YAML and GeoJSON from people (content files, uploaded archives, the back office's
 * editors): bounded <em>before</em> anything is built from the text. The size is checked on the text, and every
 * parser event is counted and inspected as it comes, before the composer turns it into a node, so a file that is
 * too big, too deep or holds too many values is refused after reading at most the limit, never after building it.
 * <p>
 * Content files need no anchors ({@code &name}), aliases ({@code *name}) or tags ({@code !!type}): they are refused
 * outright. That removes the "billion laughs" class (a few hundred bytes of aliases standing for millions of
 * values, which a later walk over the values visits one by one) rather than capping it at some count.
 */
public final class BoundedYaml {

    /**
     * How much one file may hold.
     *
     * @param maxChars characters of text (UTF-16 units, as Java counts them)
     * @param maxNodes values, lists and groups of fields together
     * @param maxDepth lists and groups of fields nested in each other
     */
    public record Limits(int maxChars, int maxNodes, int maxDepth) {

        /**
         * A content file. The sample city's largest, guard/ar.yaml, is 76 KB with about 2,000 values and nests 3
         * deep; city.yaml nests 5 deep. These leave room for a city ten times larger.
         */
        public static final Limits CONTENT = new Limits(1_000_000, 100_000, 20);

        /**
         * A GeoJSON file of outlines: a MultiPolygon nests 8 deep, and each position is 3 values. 200,000 values
         * hold the 50,000 positions the city's GeoJSON reader allows a file, with room for the rest.
         */
        public static final Limits GEOJSON = new Limits(4_000_000, 200_000, 12);

        /**
         * The guard's example sentences of a language (guard/&lt;lang&gt;.examples.yaml): the sample city's are
         * 0.6 to 1.1 MB and about 7,300 sentences; this leaves room for a city that adds its own for years.
         */
        public static final Limits GUARD_EXAMPLES = new Limits(8_000_000, 100_000, 6);

        /** The limits for a file of a content folder, by its name. */
        public static Limits forFile(String path) {
            return path.endsWith(".geojson") ? GEOJSON : path.endsWith(".examples.yaml") ? GUARD_EXAMPLES : CONTENT;
        }
    }

    private BoundedYaml() {
    }

    /** The file's single document as nodes (with their lines), or the reason it is refused. Null for an empty file. */
    public static Node compose(String text, Limits limits) throws YamlRefusedException {
        LoaderOptions options = options(limits);
        try {
            return composer(text, limits, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            throw syntax(e);
        } catch (LimitReached e) {
            throw e.refusal;
        } catch (YAMLException e) {
            // SnakeYAML's own limits (a backstop: ours are reached first) and structural errors without a mark.
            throw new YamlRefusedException(0, "cannot be read as YAML: " + Quoted.quote(e.getMessage()));
        }
    }

    /**
     * The file's single document as plain Java values (maps, lists, strings, numbers), built by SnakeYAML's safe
     * constructor from nodes that passed the limits. Null for an empty file.
     */
    public static Object load(String text, Limits limits) throws YamlRefusedException {
        LoaderOptions options = options(limits);
        SafeConstructor constructor = new SafeConstructor(options);
        try {
            constructor.setComposer(composer(text, limits, options));
            return constructor.getSingleData(Object.class);
        } catch (MarkedYAMLException e) {
            throw syntax(e);
        } catch (LimitReached e) {
            throw e.refusal;
        } catch (YAMLException e) {
            throw new YamlRefusedException(0, "cannot be read as YAML: " + Quoted.quote(e.getMessage()));
        }
    }

    private static Composer composer(String text, Limits limits, LoaderOptions options) throws YamlRefusedException {
        String yaml = text == null ? "" : text;
        if (yaml.length() > limits.maxChars()) {
            throw new YamlRefusedException(0, "is larger than " + count(limits.maxChars()) + " characters, the limit for "
                    + "a file of this kind; split it or make it smaller");
        }
        Parser parser = new InspectingParser(new ParserImpl(new StreamReader(new StringReader(yaml)), options), limits);
        return new Composer(parser, new Resolver(), options);
    }

    /** SnakeYAML's own limits set to ours too, as a second line behind the inspecting parser. */
    private static LoaderOptions options(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxChars());
        options.setProcessComments(false);
        return options;
    }

    private static YamlRefusedException syntax(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // Only the parser's short description of the problem: never its snippet of the surrounding text.
        return new YamlRefusedException(mark == null ? 0 : mark.getLine() + 1,
                "is not valid YAML: " + Quoted.excerpt(e.getProblem() == null ? e.getContext() : e.getProblem()));
    }

    public static String count(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /**
     * Passes the parser's events to the composer one by one, refusing an anchor, an alias or a tag the moment it
     * appears, and the document once it holds more values or nests deeper than the limits.
     */
    private static final class InspectingParser implements Parser {

        private final Parser parser;
        private final Limits limits;
        private int nodes;
        private int depth;

        InspectingParser(Parser parser, Limits limits) {
            this.parser = parser;
            this.limits = limits;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return refuseNeedless(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event event = refuseNeedless(parser.getEvent());
            if (event instanceof ScalarEvent || event instanceof CollectionStartEvent) {
                if (++nodes > limits.maxNodes()) {
                    throw new LimitReached(event, "holds more than " + count(limits.maxNodes())
                            + " values, the limit for a file of this kind; split it or make it smaller");
                }
            }
            if (event instanceof CollectionStartEvent && ++depth > limits.maxDepth()) {
                throw new LimitReached(event, "nests lists and fields more than " + limits.maxDepth()
                        + " levels deep; a content file needs far fewer");
            }
            if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
                depth--;
            }
            return event;
        }

        private static Event refuseNeedless(Event event) {
            if (event instanceof AliasEvent) {
                throw new LimitReached(event, "uses a YAML alias (*name); content files need none: write the value out");
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new LimitReached(event, "uses a YAML anchor (&name); content files need none: write the value out");
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                throw new LimitReached(event, "uses a YAML tag (!name); content files need none: remove it");
            }
            return event;
        }
    }

    /** Carries a refusal out of the composer, which only lets unchecked exceptions through. */
    private static final class LimitReached extends RuntimeException {

        private final YamlRefusedException refusal;

        LimitReached(Event event, String message) {
            super(message, null, false, false);
            Mark mark = event.getStartMark();
            this.refusal = new YamlRefusedException(mark == null ? 0 : mark.getLine() + 1, message);
        }
    }
}
