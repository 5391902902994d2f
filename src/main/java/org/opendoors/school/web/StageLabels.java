package org.opendoors.school.web;

import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names a school's stages with the ages the city gives them: "Primary (6–12)". */
final class StageLabels {

    private StageLabels() {
    }

    static List<String> of(Set<Stage> stages, Map<Stage, StageOffer> offers, Messages messages,
                                     SupportedLanguage language) {
        return stages.stream().map(stage -> {
            String name = messages.text(language, stage.messageKey()).text();
            StageOffer offer = offers.get(stage);
            if (offer == null) {
                return name;
            }
            return messages.format(language, "Stage.with_ages",
                    Map.of("stage", name, "from", offer.getFromAge(), "to", offer.getToAge())).text();
        }).toList();
    }
}
