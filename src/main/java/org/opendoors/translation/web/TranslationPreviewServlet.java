package org.opendoors.translation.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.MessagePreviewResult;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.PreviewSample;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.MessagePreview;
import org.opendoors.translation.service.TranslatedBundles;
import org.opendoors.translation.service.UiTranslations;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's live preview: POST {@code lang}, {@code key} and {@code text}; answers JSON with the message
 * rendered for each plural category ({@code samples}: label, text) or why it cannot be ({@code error}), and what
 * a save would say ({@code findings}: severity, check, message). Reads nothing but the shipped English source and
 * stores nothing; under {@code /admin/translation/}, so web.xml lets only translators, publishers and admins in.
 */
@WebServlet("/admin/translation/preview")
public class TranslationPreviewServlet extends HttpServlet {

    /** More than any UI message needs; a preview of a novel is not a preview. */
    private static final int MAX_TEXT = 20_000;
    /** Checks whose finding means ICU cannot render the message at all. */
    private static final Set<String> UNRENDERABLE = Set.of("icu-syntax", "missing-other");

    @Inject
    private UiTranslations translations;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private UiTextRefusals refusals;
    @Inject
    private StaffTexts texts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.hasAny(Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<SupportedLanguage> language = SupportedLanguage.fromTag(String.valueOf(request.getParameter("lang")))
                .filter(TranslatedBundles.languages()::contains);
        String key = request.getParameter("key");
        String text = request.getParameter("text");
        if (language.isEmpty() || key == null || text == null || text.length() > MAX_TEXT) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "lang (a translated language), key and text are needed");
            return;
        }
        String normalized = text.replace("\r\n", "\n");
        MessagePreviewResult preview = MessagePreview.preview(language.get(), normalized);
        List<BundleFinding> findings = translations.bundles().shipped().sourceText(key)
                .map(source -> BundleChecker.checkTranslation(language.get(), key, source, normalized))
                .orElse(List.of());

        String error = preview.isRendered() ? null : texts.say(preview.errorWording());
        if (error != null) {
            // The checker words a syntax error as a save would report it ("needs an 'other' case"): say it once.
            error = findings.stream().filter(finding -> UNRENDERABLE.contains(finding.check()))
                    .map(refusals::explained).findFirst().orElse(error);
            findings = findings.stream().filter(finding -> !UNRENDERABLE.contains(finding.check())).toList();
        }
        JsonArrayBuilder samples = Json.createArrayBuilder();
        for (PreviewSample sample : preview.samples()) {
            samples.add(Json.createObjectBuilder().add("label", texts.say(sample.wording())).add("text", sample.rendered()));
        }
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (BundleFinding finding : findings) {
            checks.add(Json.createObjectBuilder().add("severity", finding.severity().name())
                    .add("check", finding.check()).add("message", refusals.explained(finding)));
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("samples", samples).add("findings", checks);
        if (error != null) {
            result.add("error", error);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(result.build().toString());
    }
}
