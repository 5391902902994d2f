package org.opendoors.content.reader;

import org.opendoors.i18n.domain.StaffWording;

import org.opendoors.i18n.domain.ContentCode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A YAML mapping read field by field. Every accessor reports what is wrong (with file, line and field path) to
 * the shared {@link Problems} and returns an empty value, so one pass finds every problem of a folder.
 * Values are read from the raw scalar text: {@code 10:00} stays a time and {@code 08991} a postcode, whatever
 * YAML 1.1 would have made of them.
 */
public final class YamlMap {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Problems problems;
    private final String file;
    private final String path;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(Problems problems, String file, String path, MappingNode node) {
        this.problems = problems;
        this.file = file;
        this.path = path;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problem(tuple.getKeyNode(), "", StaffWording.of("content.problem.fieldNameNotText"));
            } else if (entries.containsKey(key)) {
                problem(tuple.getKeyNode(), field(key), StaffWording.of("content.problem.fieldTwice"));
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** Reads a mapping at the top of a file; reports and returns empty when the document is something else. */
    public static Optional<YamlMap> root(Problems problems, String file, Node root) {
        if (root instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(problems, file, "", mapping));
        }
        // Says only what kind of value the file holds, never the value: the file's text is not echoed back.
        problems.add(file, root == null ? 0 : line(root), "", StaffWording.of("content.problem.fileNotFields",
                "kind", root == null ? "nothing" : root instanceof SequenceNode ? "list" : "value"));
        return Optional.empty();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line(node);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Refuses fields outside the model, explaining forbidden ones (scores, rankings…) separately from typos. */
    public void allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (allowed.contains(key)) {
                continue;
            }
            Node keyNode = entry.getValue().getKeyNode();
            Optional<String> forbidden = ForbiddenFields.concern(key);
            if (forbidden.isPresent()) {
                problem(keyNode, field(key), StaffWording.of("content.problem.fieldForbidden", "concern", forbidden.get()));
            } else {
                problem(keyNode, field(key), StaffWording.of("content.problem.fieldUnknown",
                        "allowed", String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    public Optional<String> optionalText(String key) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            problem(value, field(key), described("content.problem.notText", value));
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            problem(value, field(key), StaffWording.of("content.problem.empty"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public String requiredText(String key) {
        if (!entries.containsKey(key)) {
            missing(key);
            return "";
        }
        return optionalText(key).orElseGet(() -> {
            if (isNull(value(key))) {
                problem(value(key), field(key), StaffWording.of("content.problem.empty"));
            }
            return "";
        });
    }

    /** A text matching {@code pattern}; {@code expected} names it for the problem: {@link ExpectedText}. */
    public String requiredPattern(String key, Pattern pattern, ExpectedText expected) {
        String text = requiredText(key);
        if (!text.isEmpty() && !pattern.matcher(text).matches()) {
            problem(value(key), field(key), StaffWording.of("content.problem.notPattern", "value", Quoted.quote(text),
                    "expected", expected.code()));
            return "";
        }
        return text;
    }

    public double requiredNumber(String key, double min, double max) {
        String text = requiredText(key);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double number = Double.parseDouble(text);
            if (number < min || number > max) {
                problem(value(key), field(key), StaffWording.of("content.problem.outside", "value", text,
                        "min", String.valueOf(min), "max", String.valueOf(max)));
                return Double.NaN;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(value(key), field(key), StaffWording.of("content.problem.notNumber", "value", Quoted.quote(text)));
            return Double.NaN;
        }
    }

    public int requiredInteger(String key, int min, int max) {
        double number = requiredNumber(key, min, max);
        if (Double.isNaN(number)) {
            return -1;
        }
        if (number != Math.rint(number)) {
            problem(value(key), field(key), StaffWording.of("content.problem.notWhole"));
            return -1;
        }
        return (int) number;
    }

    public Optional<LocalDate> requiredDate(String key) {
        String text = requiredText(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problem(value(key), field(key), StaffWording.of("content.problem.notDate", "value", Quoted.quote(text)));
            return Optional.empty();
        }
    }

    public Optional<LocalTime> requiredTime(String key) {
        String text = requiredText(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!TIME.matcher(text).matches()) {
            problem(value(key), field(key), StaffWording.of("content.problem.notTime", "value", Quoted.quote(text)));
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(text));
    }

    /** A list of plain values; {@code required} lists must have at least one. Duplicates are refused. */
    public List<String> textList(String key, boolean required) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(value, field(key), described("content.problem.notList", value));
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            Node item = nodes.get(i);
            String itemField = field(key) + "[" + (i + 1) + "]";
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(item, itemField, StaffWording.of("content.problem.itemNotText"));
            } else if (!items.add(scalar.getValue().strip())) {
                problem(item, itemField, StaffWording.of("content.problem.listedTwice", "value", Quoted.quote(scalar.getValue())));
            }
        }
        if (required && nodes.isEmpty()) {
            problem(value, field(key), StaffWording.of("content.problem.noValue"));
        }
        return List.copyOf(items);
    }

    /** A list of codes from one of the model's enumerations (stages, services…). */
    public <E extends Enum<E> & ContentCode> Set<E> codes(String key, Class<E> type, boolean required) {
        Set<E> codes = EnumSet.noneOf(type);
        List<String> texts = textList(key, required);
        for (String text : texts) {
            Optional<E> code = ContentCode.parse(type, text);
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                problem(itemNode(key, text), field(key), StaffWording.of("content.problem.unknownCode",
                        "value", Quoted.quote(text), "allowed", ContentCode.allowedCodes(type)));
            }
        }
        return codes;
    }

    /** A single code from one of the model's enumerations. */
    public <E extends Enum<E> & ContentCode> Optional<E> code(String key, Class<E> type) {
        String text = requiredText(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> code = ContentCode.parse(type, text);
        if (code.isEmpty()) {
            problem(value(key), field(key), StaffWording.of("content.problem.unknownCode",
                    "value", Quoted.quote(text), "allowed", ContentCode.allowedCodes(type)));
        }
        return code;
    }

    public Optional<YamlMap> map(String key, boolean required) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(problems, file, field(key), mapping));
        }
        problem(value, field(key), described("content.problem.notFields", value));
        return Optional.empty();
    }

    public List<YamlMap> maps(String key, boolean required) {
        Node value = value(key);
        if (value == null || isNull(value)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(value, field(key), described("content.problem.notList", value));
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemField = field(key) + "[" + (i + 1) + "]";
            if (items.get(i) instanceof MappingNode mapping) {
                maps.add(new YamlMap(problems, file, itemField, mapping));
            } else {
                problem(items.get(i), itemField, described("content.problem.notFields", items.get(i)));
            }
        }
        if (required && items.isEmpty()) {
            problem(value, field(key), StaffWording.of("content.problem.noEntry"));
        }
        return maps;
    }

    /** Reports a problem about one field of this mapping (or the mapping itself when key is null). */
    public void problem(String key, String message) {
        Node at = key == null ? node : Optional.ofNullable(value(key)).orElse(node);
        problem(at, key == null ? path : field(key), message);
    }

    /** As {@link #problem(String, String)}, said in the reader's language in the back office. */
    public void problem(String key, StaffWording wording) {
        Node at = key == null ? node : Optional.ofNullable(value(key)).orElse(node);
        problem(at, key == null ? path : field(key), wording);
    }

    public Node valueNode(String key) {
        return value(key);
    }

    /** The path of a field of this mapping, as problems name it: {@code open_days[1].date}. */
    public String fieldPath(String key) {
        return field(key);
    }

    private void missing(String key) {
        problem(node, field(key), StaffWording.of("content.problem.missing"));
    }

    private void problem(Node at, String field, String message) {
        problems.add(file, line(at), field, message);
    }

    private void problem(Node at, String field, StaffWording wording) {
        problems.add(file, line(at), field, wording);
    }

    /** What a node holds instead of what was expected: the kind for a list or a group, the value itself otherwise. */
    private static StaffWording described(String key, Node node) {
        String kind = node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "map" : "value";
        return StaffWording.of(key, "kind", kind, "value", kind.equals("value") ? describe(node) : "");
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private Node itemNode(String key, String text) {
        if (value(key) instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && scalar.getValue().strip().equals(text)) {
                    return item;
                }
            }
        }
        return node;
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue())
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }

    public static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a group of fields";
        }
        return Quoted.quote(((ScalarNode) node).getValue());
    }
}
