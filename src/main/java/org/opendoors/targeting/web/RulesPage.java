package org.opendoors.targeting.web;

import com.ibm.icu.text.ListFormatter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.Stage;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveOutcome;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.DocumentSaving;
import org.opendoors.editorial.web.ProblemView;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.targeting.content.BlockFileKinds;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.BlockRuleForm;
import org.opendoors.targeting.domain.BlockText;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.FamilyAnswers;
import org.opendoors.targeting.domain.TargetedBlocks;
import org.opendoors.targeting.service.BlockSelector;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sees which targeted block: the rules of every block, a form to change one (saved as a new version of its
 * block.yaml, through review like any edit), and a simulator — "what does a newcomer family reading Urdu see on
 * the guide page?" — run over the newest versions, drafts included, so a rule can be tried before it is published.
 * <p>
 * Backs {@code /admin/content/rules.xhtml}.
 */
@Named
@ViewScoped
public class RulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient DocumentSaving saving;
    @Inject
    private transient Notices notices;
    @Inject
    private transient StaffTexts bo;
    @Inject
    private transient StaffLanguage staffLanguage;

    private String block;
    private BlockRuleForm form;
    private int baseVersion;
    private String baseBody;
    private String note;
    private List<ProblemView> problems = List.of();

    private String simulatedPage = "guide";
    private String simulatedLanguage = "ur";
    private String simulatedNewcomer = "yes";
    private String simulatedFirstApplication = BlockRuleForm.ANY;
    private String simulatedCosts = BlockRuleForm.ANY;
    private String simulatedStage = "";
    private List<SimulatedBlock> simulated;

    /** One block of the list: its id, its rule in words, its workflow state. */
    public record BlockRow(String id, String rule, String state) {
        public String getId() {
            return id;
        }

        public String getRule() {
            return rule;
        }

        public String getState() {
            return state;
        }
    }

    /**
     * A block the simulated family would see: its title in their language, or the source's, marked; the note says
     * which block it is and, for a fallback, that it is not translated.
     */
    public record SimulatedBlock(String id, String title, String lang, boolean fallback, String note) {
        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getLang() {
            return lang;
        }

        public boolean isFallback() {
            return fallback;
        }

        public String getNote() {
            return note;
        }
    }

    public void open() {
        if (block != null && !block.isBlank()) {
            Optional<DocumentVersion> head = library.head(rulePath());
            if (head.isEmpty()) {
                notices.error(bo.format("targeting.rule.noBlock", block));
                block = null;
                return;
            }
            form = BlockRuleForm.read(head.get().getBody());
            baseVersion = head.get().getNumber();
            baseBody = head.get().getBody();
        }
    }

    public List<BlockRow> getBlocks() {
        List<BlockRow> rows = new ArrayList<>();
        for (ContentDocument document : library.all()) {
            if (BlockFileKinds.BLOCK_RULES.equals(document.getKind())) {
                String id = document.getItem().substring("blocks/".length());
                String rule = library.head(document.getPath()).map(v -> describe(BlockRuleForm.read(v.getBody()))).orElse("");
                rows.add(new BlockRow(id, rule, stateLabel(document.getState())));
            }
        }
        return rows;
    }

    public void save() {
        SaveOutcome outcome = saving.save(rulePath(), form, baseVersion, baseBody, note,
                bo.get("targeting.rule.nextStep"));
        problems = ProblemView.listOf(outcome.problems());
        baseVersion = outcome.baseVersion();
        baseBody = outcome.baseBody();
        if (outcome.failed()) {
            notices.error(outcome.message());
        } else {
            note = null;
            simulated = null;
            notices.info(outcome.message());
        }
    }

    public void simulate() {
        try {
            CityContent city = FolderCheck.read(library.headFiles(), file -> false);
            String source = city.sourceLanguage();
            SupportedLanguage language = SupportedLanguage.fromTag(simulatedLanguage).orElse(SupportedLanguage.EN);
            FamilyAnswers answers = new FamilyAnswers(answer(simulatedNewcomer), answer(simulatedFirstApplication),
                    ContentCode.parse(Stage.class, simulatedStage), answer(simulatedCosts));
            BlockPlacement page = ContentCode.parse(BlockPlacement.class, simulatedPage).orElse(BlockPlacement.GUIDE);
            simulated = new ArrayList<>();
            for (ContentBlock shown : BlockSelector.select(city.part(TargetedBlocks.class).blocks(), page, answers, language)) {
                shown.textFor(language.tag(), source).ifPresent(text -> simulated.add(new SimulatedBlock(shown.getId(),
                        ((BlockText) text.value()).getTitle(), text.lang(), text.fallback(), text.fallback()
                        ? bo.format("targeting.simulator.fallback", shown.getId(), languageName(text.lang()))
                        : shown.getId())));
            }
        } catch (ContentRejectedException refused) {
            simulated = null;
            notices.error(bo.format("targeting.simulator.invalid", refused.getMessage()));
        }
    }

    private static Optional<Boolean> answer(String value) {
        return "yes".equals(value) ? Optional.of(true) : "no".equals(value) ? Optional.of(false) : Optional.empty();
    }

    private String rulePath() {
        return "blocks/" + block + "/block.yaml";
    }


    /** The rule in the reader's words, for the list of blocks: who sees the block, and on which pages. */
    private String describe(BlockRuleForm rule) {
        List<String> parts = new ArrayList<>();
        if (!BlockRuleForm.ANY.equals(rule.getNewcomer())) {
            parts.add(bo.format("targeting.describe.newcomer", answerLabel(rule.getNewcomer())));
        }
        if (!BlockRuleForm.ANY.equals(rule.getFirstApplication())) {
            parts.add(bo.format("targeting.describe.first", answerLabel(rule.getFirstApplication())));
        }
        if (!BlockRuleForm.ANY.equals(rule.getNeedsHelpWithCosts())) {
            parts.add(bo.format("targeting.describe.costs", answerLabel(rule.getNeedsHelpWithCosts())));
        }
        if (!rule.getChildStages().isEmpty()) {
            parts.add(bo.format("targeting.describe.stages", list(ListFormatter.Type.OR,
                    rule.getChildStages().stream().map(code -> label("targeting.stage.", code)).toList())));
        }
        if (!rule.getPageLanguages().isEmpty()) {
            parts.add(bo.format("targeting.describe.languages", list(ListFormatter.Type.OR,
                    rule.getPageLanguages().stream().map(RulesPage::languageName).toList())));
        }
        String who = parts.stream().reduce((first, next) -> bo.format("targeting.describe.join", first, next))
                .orElseGet(() -> bo.get("targeting.describe.everyone"));
        return bo.format("targeting.describe.rule", who, list(ListFormatter.Type.AND,
                rule.getPages().stream().map(code -> label("targeting.page.", code)).toList()));
    }

    /** "a, b or c" / "a, b and c" as the reader's language writes a list. */
    private String list(ListFormatter.Type type, List<String> items) {
        return ListFormatter.getInstance(staffLanguage.language().locale(), type, ListFormatter.Width.WIDE).format(items);
    }

    private String answerLabel(String answer) {
        return label("targeting.answer.", answer);
    }

    /** The bundle's name for a code, or the code itself where the bundle has none (a file written by hand). */
    private String label(String prefix, String code) {
        String key = prefix + code;
        return bo.containsKey(key) ? bo.get(key) : code;
    }

    private String stateLabel(WorkflowState state) {
        return bo.get("targeting.state." + state.name().toLowerCase(Locale.ROOT));
    }

    private static String languageName(String tag) {
        return SupportedLanguage.fromTag(tag).map(SupportedLanguage::ownName).orElse(tag);
    }

    public List<SelectItem> getLanguageItems() {
        return SupportedLanguage.all().stream().map(language -> new SelectItem(language.tag(), language.ownName())).toList();
    }

    public List<SelectItem> getStageItems() {
        return Arrays.stream(Stage.values()).map(stage -> new SelectItem(stage.code(), label("targeting.stage.", stage.code())))
                .toList();
    }

    public List<SelectItem> getPageItems() {
        return Arrays.stream(BlockPlacement.values())
                .map(page -> new SelectItem(page.code(), label("targeting.page.", page.code()))).toList();
    }

    public String getBlock() {
        return block;
    }

    public void setBlock(String block) {
        this.block = block;
    }

    public BlockRuleForm getForm() {
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }

    public List<SimulatedBlock> getSimulated() {
        return simulated;
    }

    public String getSimulatedPage() {
        return simulatedPage;
    }

    public void setSimulatedPage(String simulatedPage) {
        this.simulatedPage = simulatedPage;
    }

    public String getSimulatedLanguage() {
        return simulatedLanguage;
    }

    public void setSimulatedLanguage(String simulatedLanguage) {
        this.simulatedLanguage = simulatedLanguage;
    }

    public String getSimulatedNewcomer() {
        return simulatedNewcomer;
    }

    public void setSimulatedNewcomer(String simulatedNewcomer) {
        this.simulatedNewcomer = simulatedNewcomer;
    }

    public String getSimulatedFirstApplication() {
        return simulatedFirstApplication;
    }

    public void setSimulatedFirstApplication(String simulatedFirstApplication) {
        this.simulatedFirstApplication = simulatedFirstApplication;
    }

    public String getSimulatedCosts() {
        return simulatedCosts;
    }

    public void setSimulatedCosts(String simulatedCosts) {
        this.simulatedCosts = simulatedCosts;
    }

    public String getSimulatedStage() {
        return simulatedStage;
    }

    public void setSimulatedStage(String simulatedStage) {
        this.simulatedStage = simulatedStage;
    }
}
