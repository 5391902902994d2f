package org.opendoors.content.text;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns HTML into our markup. OWASP's sanitizer parses the HTML and applies the policy — only headings, paragraphs,
 * lists, emphasis, line breaks and http/https/mailto links pass; scripts, styles and their content, event handlers
 * and every other attribute are dropped — and this receiver writes what passes as markup: h1–h6 → "## ", p/div →
 * paragraph, ul/ol/li → "- " / "1. " items, em/i → *x*, strong/b → **x**, a → [label](url), br → line break.
 * One instance converts one document.
 */
final class HtmlToMarkup implements HtmlStreamEventReceiver {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(p|div|h[1-6]|ul|ol|li|br)\\b");

    private enum Look { HEADING, PARAGRAPH, BULLET, NUMBER }

    /** An element still open: where its content started in the current block, and a link's address. */
    private record Open(String element, int start, String href) {
    }

    /** A list being written: its number among the document's lists, and how many items it has so far. */
    private static final class OpenList {
        private final int id;
        private final boolean numbered;
        private int items;

        private OpenList(int id, boolean numbered) {
            this.id = id;
            this.numbered = numbered;
        }
    }

    /** A finished block; items of one list share the list's number, so they are written without blank lines between. */
    private record Written(String text, int list) {
    }

    private final boolean flowing;
    private final List<Written> written = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<OpenList> lists = new ArrayDeque<>();
    private final StringBuilder block = new StringBuilder();
    private Look look = Look.PARAGRAPH;
    private int listsSeen;

    private HtmlToMarkup(boolean flowing) {
        this.flowing = flowing;
    }

    /**
     * The HTML as markup. HTML with block elements flows (its line breaks are spaces, as in a browser); HTML with
     * only inline elements — our markup with a pasted {@code <b>} or a forged {@code <script>} — keeps its lines.
     */
    static String convert(String html) {
        HtmlToMarkup receiver = new HtmlToMarkup(BLOCK_TAG.matcher(html).find());
        HtmlSanitizer.sanitize(html, policy(receiver));
        return receiver.markup();
    }

    private static HtmlSanitizer.Policy policy(HtmlStreamEventReceiver receiver) {
        return new HtmlPolicyBuilder()
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "br", "ul", "ol", "li",
                        "em", "i", "strong", "b", "a")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .build(receiver);
    }

    @Override
    public void openDocument() {
        // Nothing to write before the first block.
    }

    @Override
    public void closeDocument() {
        finishBlock();
    }

    @Override
    public void openTag(String element, List<String> attributes) {
        switch (element.toLowerCase(Locale.ROOT)) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> startBlock(Look.HEADING);
            case "p", "div" -> startBlock(Look.PARAGRAPH);
            case "ul", "ol" -> {
                finishBlock();
                lists.push(new OpenList(++listsSeen, element.equalsIgnoreCase("ol")));
            }
            case "li" -> startBlock(lists.isEmpty() || !lists.peek().numbered ? Look.BULLET : Look.NUMBER);
            case "br" -> block.append(look == Look.PARAGRAPH ? "\n" : " ");
            case "a" -> open.push(new Open("a", block.length(), href(attributes)));
            default -> open.push(new Open(element.toLowerCase(Locale.ROOT), block.length(), null));
        }
    }

    @Override
    public void closeTag(String element) {
        String name = element.toLowerCase(Locale.ROOT);
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "li" -> finishBlock();
            case "ul", "ol" -> {
                finishBlock();
                lists.poll();
            }
            case "br" -> {
                // A void element: its break was written when it opened.
            }
            default -> closeInline(name);
        }
    }

    @Override
    public void text(String text) {
        if (flowing) {
            String collapsed = WHITESPACE.matcher(text).replaceAll(" ");
            boolean atLineStart = block.isEmpty() || block.charAt(block.length() - 1) == '\n'
                    || block.charAt(block.length() - 1) == ' ';
            block.append(atLineStart ? collapsed.stripLeading() : collapsed);
        } else {
            block.append(text);
        }
    }

    private void closeInline(String name) {
        if (open.stream().noneMatch(element -> element.element().equals(name))) {
            return;
        }
        Open element;
        do {
            element = open.pop();
        } while (!element.element().equals(name));
        String content = block.substring(element.start());
        String core = content.strip();
        // Emphasis inside emphasis (or strong inside strong) adds nothing, and its markers would end the outer one.
        boolean nested = open.stream().anyMatch(outer -> sameLook(outer.element(), name));
        String marked = switch (name) {
            case "em", "i" -> core.isEmpty() || nested ? core : "*" + core + "*";
            case "strong", "b" -> core.isEmpty() || nested ? core : "**" + core + "**";
            case "a" -> element.href() == null ? core : "[" + label(core, element.href()) + "](" + address(element.href()) + ")";
            default -> core;
        };
        // Spaces inside an element go outside its markers: "<em> word </em>" is " *word* ".
        int lead = content.indexOf(core);
        block.replace(element.start(), block.length(),
                content.substring(0, lead) + marked + content.substring(lead + core.length()));
    }

    private void startBlock(Look next) {
        finishBlock();
        look = next;
    }

    private void finishBlock() {
        // Inline elements left open at a block's end close with it.
        while (!open.isEmpty()) {
            closeInline(open.peek().element());
        }
        // Flowing HTML: each line a <br> made, without the spaces around it. Kept lines: as they were written.
        String text = flowing
                ? String.join("\n", block.toString().lines().map(String::strip).toList()).strip()
                : block.toString().strip();
        block.setLength(0);
        if (!text.isEmpty()) {
            String item = switch (look) {
                case HEADING -> "## " + text.replace('\n', ' ');
                case BULLET -> "- " + text.replace('\n', ' ');
                case NUMBER -> (lists.isEmpty() ? 1 : ++lists.peek().items) + ". " + text.replace('\n', ' ');
                case PARAGRAPH -> text;
            };
            boolean listItem = look == Look.BULLET || look == Look.NUMBER;
            written.add(new Written(item, listItem && !lists.isEmpty() ? lists.peek().id : 0));
        }
        look = Look.PARAGRAPH;
    }

    private String markup() {
        StringBuilder markup = new StringBuilder();
        Written previous = null;
        for (Written next : written) {
            if (previous != null) {
                boolean sameList = previous.list() != 0 && previous.list() == next.list();
                markup.append(sameList ? "\n" : "\n\n");
            }
            markup.append(next.text());
            previous = next;
        }
        return markup.toString();
    }

    /** The address of a link if it is one we allow; OWASP already refused other schemes, this also refuses relative ones. */
    private static String href(List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equalsIgnoreCase("href")) {
                String href = attributes.get(i + 1).strip();
                return LinkTarget.isAllowed(address(href)) ? href : null;
            }
        }
        return null;
    }

    private static boolean sameLook(String a, String b) {
        return look(a).equals(look(b));
    }

    private static String look(String element) {
        return switch (element) {
            case "i" -> "em";
            case "b" -> "strong";
            default -> element;
        };
    }

    /** A label cannot hold brackets (they would end it) and is never empty: then the address is the label. */
    private static String label(String text, String href) {
        String label = (text.isBlank() ? href : text).replace('[', '(').replace(']', ')').replace('\n', ' ');
        return label.strip();
    }

    /** Spaces and parentheses in an address, written so the address stays one piece of our link syntax. */
    private static String address(String href) {
        return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
