package org.opendoors.translation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.editorial.web.GuardWording;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.UiTextGuard;

/**
 * Why a UI string was refused, as the reader understands it: a refusal of the content guard gives the reason and
 * the suggestion in the reader's language, the phrase as it was typed; the other checks say their sentence in the
 * reader's language too.
 */
@RequestScoped
public class UiTextRefusals {

    @Inject
    private GuardWording guardWording;
    @Inject
    private StaffTexts bo;

    public String explained(BundleFinding refusal) {
        if (refusal.wording() != null) {
            return bo.say(refusal.wording());
        }
        return UiTextGuard.categoryOf(refusal)
                .map(category -> guardWording.refusal(UiTextGuard.phraseOf(refusal), category, refusal.message()))
                .orElse(refusal.message());
    }
}
