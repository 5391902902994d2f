package org.opendoors.content.service;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import java.util.Map;

/**
 * Writes a content file the way communicators write them by hand: block style, two-space indents, any script as
 * itself, long lines unbroken, and texts of several lines as literal blocks ({@code |}), so diffs stay readable.
 */
public final class ContentYaml {

    private ContentYaml() {
    }

    public static String write(Map<String, ?> fields) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(new TextRepresenter(options), options).dump(fields);
    }

    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, new Represent() {
                @Override
                public Node representData(Object data) {
                    String text = ((String) data).replace("\r\n", "\n");
                    // A literal block cannot keep trailing spaces on a line; such a text is quoted instead.
                    boolean block = text.contains("\n") && text.lines().noneMatch(line -> line.endsWith(" "));
                    return representScalar(Tag.STR, text, block ? DumperOptions.ScalarStyle.LITERAL
                            : DumperOptions.ScalarStyle.PLAIN);
                }
            });
        }
    }
}
