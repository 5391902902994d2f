package org.opendoors.content.reader;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.text.RichText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The texts families will read, noted while a content folder is read, with where each one is written, so the
 * content guard's findings can point at the file, line and field of the refused phrase. Links are checked as each
 * text is noted: one whose address is not http, https or mailto is refused at its line.
 */
public final class TextsToGuard {

    private record Text(String file, int firstLine, String field, String language, String text) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final Problems problems;

    public TextsToGuard(Problems problems) {
        this.problems = problems;
    }

    public void add(YamlMap yaml, String key, String language, String text) {
        Node node = yaml.valueNode(key);
        if (node == null || text.isEmpty()) {
            return;
        }
        int line = YamlMap.line(node);
        // A block (| or >) starts on the line after its key; a plain or quoted value on the same line.
        if (node instanceof ScalarNode scalar && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
            line++;
        }
        String field = yaml.fieldPath(key);
        for (RichText.RefusedLink link : RichText.refusedLinks(text)) {
            problems.add(yaml.file(), line + link.line(), field, link.wording());
        }
        texts.add(new Text(yaml.file(), line, field, language, text));
    }

    /** Checks every text (in parallel: a city has thousands of them), reporting findings in reading order. */
    public void check(Supplier<ContentGuard> rules, Predicate<String> guardedFiles) {
        List<Text> guarded = texts.stream().filter(text -> guardedFiles.test(text.file())).toList();
        if (guarded.isEmpty()) {
            // Compiling the rules takes half a second: a publish or preview that guards nothing does not pay it.
            return;
        }
        ContentGuard guard = rules.get();
        guarded.parallelStream()
                .map(text -> guard.check(text.text(), text.language()).stream().map(finding -> problem(text, finding)).toList())
                .toList()
                .forEach(findings -> findings.forEach(problems::add));
    }

    private static ContentProblem problem(Text text, GuardFinding finding) {
        // The guard reads the words without markup, line for line: its offsets count in those words.
        String words = RichText.plainText(text.text());
        int line = text.firstLine() + (int) words.substring(0, finding.offset()).chars().filter(c -> c == '\n').count();
        return new ContentProblem(text.file(), line, text.field(), finding.message(), text.language(), finding.ruleId(),
                finding.phrase());
    }
}
