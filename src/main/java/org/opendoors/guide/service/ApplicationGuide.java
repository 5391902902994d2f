package org.opendoors.guide.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideRepository;
import org.opendoors.i18n.domain.ContentText;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Optional;

/** The application guide in a family's language, or in the city's language while it is not translated. */
@ApplicationScoped
public class ApplicationGuide {

    @Inject
    private GuideRepository guides;
    @Inject
    private CityDirectory city;

    public Optional<ContentText.Translation<Guide>> inLanguage(SupportedLanguage language) {
        Optional<Guide> translated = guides.inLanguage(language.tag());
        if (translated.isPresent()) {
            return Optional.of(new ContentText.Translation<>(translated.get(), language.tag(), false));
        }
        String source = city.city().getSourceLanguage();
        return guides.inLanguage(source).map(page -> new ContentText.Translation<>(page, source, true));
    }
}
