package org.opendoors.targeting.domain;

import org.opendoors.editorial.domain.DocumentForm;
import org.opendoors.editorial.domain.FieldMerge;
import org.opendoors.editorial.domain.TextFields;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A targeted block's rule (its {@code block.yaml}) as a communicator edits it: where it appears, in which order,
 * and which answers and reading languages it is meant for. Read from the file and written back in its format, so
 * the importer's checks and the version history apply as to any other file.
 */
public class BlockRuleForm implements Serializable, DocumentForm {

    private static final long serialVersionUID = 1L;
    /** "any" leaves the question out of the rule: the block is for every family, whatever it answered. */
    public static final String ANY = "any";

    private int order;
    private List<String> pages = new ArrayList<>();
    private String newcomer = ANY;
    private String firstApplication = ANY;
    private String needsHelpWithCosts = ANY;
    private List<String> childStages = new ArrayList<>();
    private List<String> pageLanguages = new ArrayList<>();

    public static BlockRuleForm read(String blockYaml) {
        Map<String, String> fields = TextFields.all(blockYaml);
        BlockRuleForm form = new BlockRuleForm();
        form.order = Integer.parseInt(fields.getOrDefault("order", "0"));
        fields.forEach((name, value) -> {
            if (name.startsWith("pages.")) {
                form.pages.add(value);
            } else if (name.startsWith("when.child_stage.")) {
                form.childStages.add(value);
            } else if (name.startsWith("when.page_language.")) {
                form.pageLanguages.add(value);
            }
        });
        form.newcomer = yesNo(fields.get("when.newcomer"));
        form.firstApplication = yesNo(fields.get("when.first_application"));
        form.needsHelpWithCosts = yesNo(fields.get("when.needs_help_with_costs"));
        return form;
    }

    private static String yesNo(String value) {
        return value == null ? ANY : "true".equals(value) ? "yes" : "no";
    }

    /** The rule as {@code block.yaml}, in the layout content/README.md documents. */
    public String toYaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("order: ").append(order).append('\n');
        yaml.append("pages: ").append(list(pages)).append('\n');
        StringBuilder when = new StringBuilder();
        answer(when, "newcomer", newcomer);
        answer(when, "first_application", firstApplication);
        answer(when, "needs_help_with_costs", needsHelpWithCosts);
        if (!childStages.isEmpty()) {
            when.append("  child_stage: ").append(list(childStages)).append('\n');
        }
        if (!pageLanguages.isEmpty()) {
            when.append("  page_language: ").append(list(pageLanguages)).append('\n');
        }
        if (!when.isEmpty()) {
            yaml.append("when:\n").append(when);
        }
        return yaml.toString();
    }

    private static void answer(StringBuilder when, String key, String value) {
        if ("yes".equals(value) || "no".equals(value)) {
            when.append("  ").append(key).append(": ").append(value).append('\n');
        }
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    /** The rule in words, for the list of blocks. */
    @Override
    public String body() {
        return toYaml();
    }

    /**
     * Takes another person's newer rule into this form condition by condition, wherever this form still has what
     * both started from; names the conditions both changed differently (this form keeps its own there).
     */
    @Override
    public Merge takeTheirChanges(String base, String theirs) {
        BlockRuleForm their = read(theirs);
        return FieldMerge.merge(read(base).fields(), fields(), their.fields(), field -> copyField(their, field));
    }

    /** The rule's conditions by the names block.yaml gives them. */
    private Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("order", order);
        fields.put("pages", List.copyOf(pages));
        fields.put("newcomer", newcomer);
        fields.put("first_application", firstApplication);
        fields.put("needs_help_with_costs", needsHelpWithCosts);
        fields.put("child_stage", List.copyOf(childStages));
        fields.put("page_language", List.copyOf(pageLanguages));
        return fields;
    }

    private void copyField(BlockRuleForm from, String field) {
        switch (field) {
            case "order" -> order = from.order;
            case "pages" -> pages = new ArrayList<>(from.pages);
            case "newcomer" -> newcomer = from.newcomer;
            case "first_application" -> firstApplication = from.firstApplication;
            case "needs_help_with_costs" -> needsHelpWithCosts = from.needsHelpWithCosts;
            case "child_stage" -> childStages = new ArrayList<>(from.childStages);
            case "page_language" -> pageLanguages = new ArrayList<>(from.pageLanguages);
            default -> throw new IllegalArgumentException("No condition " + field);
        }
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!"any".equals(newcomer)) {
            parts.add("new to the city: " + newcomer);
        }
        if (!"any".equals(firstApplication)) {
            parts.add("first application: " + firstApplication);
        }
        if (!"any".equals(needsHelpWithCosts)) {
            parts.add("help with costs: " + needsHelpWithCosts);
        }
        if (!childStages.isEmpty()) {
            parts.add("child starting " + String.join(" or ", childStages));
        }
        if (!pageLanguages.isEmpty()) {
            parts.add("reading " + String.join(" or ", pageLanguages));
        }
        return (parts.isEmpty() ? "every family" : String.join("; ", parts)) + " — on " + String.join(" and ", pages);
    }

    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }

    public List<String> getPages() {
        return pages;
    }

    public void setPages(List<String> pages) {
        this.pages = new ArrayList<>(pages);
    }

    public String getNewcomer() {
        return newcomer;
    }

    public void setNewcomer(String newcomer) {
        this.newcomer = newcomer;
    }

    public String getFirstApplication() {
        return firstApplication;
    }

    public void setFirstApplication(String firstApplication) {
        this.firstApplication = firstApplication;
    }

    public String getNeedsHelpWithCosts() {
        return needsHelpWithCosts;
    }

    public void setNeedsHelpWithCosts(String needsHelpWithCosts) {
        this.needsHelpWithCosts = needsHelpWithCosts;
    }

    public List<String> getChildStages() {
        return childStages;
    }

    public void setChildStages(List<String> childStages) {
        this.childStages = new ArrayList<>(childStages);
    }

    public List<String> getPageLanguages() {
        return pageLanguages;
    }

    public void setPageLanguages(List<String> pageLanguages) {
        this.pageLanguages = new ArrayList<>(pageLanguages);
    }
}
