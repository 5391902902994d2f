package org.opendoors.guide.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.text.EasyRead;
import org.opendoors.content.text.RichText;
import org.opendoors.content.text.TextBlock;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideEntry;
import org.opendoors.guide.domain.GuideRepository;
import org.opendoors.guide.domain.VideoCue;
import org.opendoors.guide.service.VideoCaptions;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Optional;
import org.opendoors.guide.service.ApplicationGuide;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.platform.web.EasyReading;
import org.opendoors.platform.web.PageLanguage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /{lang}/guide}: how applying for a school works, with the city's dates, in plain words. */
@Named
@RequestScoped
public class GuidePage {

    @Inject
    private ApplicationGuide applicationGuide;
    @Inject
    private CityDirectory city;
    @Inject
    private PageLanguage page;
    @Inject
    private EasyReading easyReading;
    @Inject
    private GuideRepository guides;

    private Guide guide;
    private String lang;
    private List<GuideStepView> steps = List.of();
    private Optional<GuideVideoView> video;

    @PostConstruct
    void load() {
        SupportedLanguage language = page.getLanguage();
        var translation = applicationGuide.inLanguage(language);
        if (translation.isEmpty()) {
            return;
        }
        guide = translation.get().value();
        lang = translation.get().lang();
        String source = city.city().getSourceLanguage();
        Map<String, CalendarStep> calendar = city.calendar().stream()
                .collect(Collectors.toMap(CalendarStep::getId, Function.identity()));
        steps = guide.getSteps().stream().filter(step -> calendar.containsKey(step.getCalendarStep())).map(step -> {
            CalendarStep dates = calendar.get(step.getCalendarStep());
            var title = dates.titleFor(language.tag(), source);
            return new GuideStepView(title.value(), title.lang(),
                    LocaleFormats.dateRange(language, dates.getStartsOn(), dates.getEndsOn()),
                    dates.getStartsOn().toString(), RichText.parse(step.getText()), EasyRead.blocks(step.getEasy()));
        }).toList();
    }

    public boolean isAvailable() {
        return guide != null;
    }

    public String getTitle() {
        return guide.getTitle();
    }

    /** The language the guide is written in (the city's language while a translation is missing). */
    public String getLang() {
        return lang;
    }

    public boolean isFallback() {
        return !page.getLang().equals(lang);
    }

    public List<TextBlock> getIntro() {
        return isEasy() ? EasyRead.blocks(guide.getEasyIntro()) : RichText.parse(guide.getIntro());
    }

    /** The city's video guide with its captions in every language that has them; null when the city has none. */
    public GuideVideoView getVideo() {
        if (video == null) {
            video = videoView();
        }
        return video.orElse(null);
    }

    private Optional<GuideVideoView> videoView() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return guides.video().map(video -> {
            List<GuideVideoView.Track> tracks = new ArrayList<>();
            for (SupportedLanguage language : SupportedLanguage.all()) {
                guides.inLanguage(language.tag()).filter(guide -> !guide.getVideoCues().isEmpty()).ifPresent(guide ->
                        tracks.add(new GuideVideoView.Track(language.tag(), language.ownName(), contextPath
                                + GuideVideoServlet.captionsAddress(language.tag(), VideoCaptions.webVtt(guide.getVideoCues())),
                                language == page.getLanguage())));
            }
            String transcriptLang = guides.inLanguage(page.getLang()).filter(g -> !g.getVideoCues().isEmpty())
                    .map(Guide::getLanguage).orElse(city.city().getSourceLanguage());
            List<TextBlock> transcript = guides.inLanguage(transcriptLang).map(Guide::getVideoCues).orElse(List.of())
                    .stream().map(VideoCue::text).map(RichText::parse).flatMap(List::stream).toList();
            return new GuideVideoView(contextPath + GuideVideoServlet.videoAddress(video), tracks, transcriptLang,
                    transcript, !transcriptLang.equals(page.getLang()));
        });
    }

    /** The guide has an easy-read version in the page's language (one in another language helps no one). */
    public boolean isEasyOffered() {
        return guide.hasEasyRead() && !isFallback();
    }

    /** The family reads the easy-read version: it asked for it and there is one. */
    public boolean isEasy() {
        return easyReading.isAsked() && isEasyOffered();
    }

    /** The family asked for easy read in a language that has none yet: the page says so above the full text. */
    public boolean isEasyMissing() {
        return easyReading.isAsked() && !isEasyOffered();
    }

    public List<GuideStepView> getSteps() {
        return steps;
    }

    public String getDocumentsIntro() {
        return guide.getDocumentsIntro();
    }

    public List<String> getDocuments() {
        return guide.getDocuments();
    }

    public List<TextBlock> getCriteria() {
        return RichText.parse(guide.getCriteria());
    }

    public List<GuideEntryView> getGlossary() {
        return views(guide.getGlossary());
    }

    public List<GuideEntryView> getQuestions() {
        return views(guide.getQuestions());
    }

    private static List<GuideEntryView> views(List<GuideEntry> entries) {
        return entries.stream().map(entry -> new GuideEntryView(entry.getEntryId().replace('_', '-'), entry.getHeading(),
                RichText.parse(entry.getText()))).toList();
    }

}
