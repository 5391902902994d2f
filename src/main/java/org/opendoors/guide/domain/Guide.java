package org.opendoors.guide.domain;

import java.util.ArrayList;
import java.util.List;

/** The application guide in one language: the steps, the documents, the criteria, a glossary and questions. */
public class Guide {

    private String language;

    private String title;

    private String intro;

    private List<GuideStep> steps = new ArrayList<>();

    private String documentsIntro;

    private List<String> documents = new ArrayList<>();

    private String criteria;

    private List<GuideEntry> glossary = new ArrayList<>();

    private List<GuideEntry> questions = new ArrayList<>();

    private String easyIntro;

    private List<VideoCue> videoCues = new ArrayList<>();

    public Guide(String language, String title, String intro, List<GuideStep> steps, String documentsIntro,
                     List<String> documents, String criteria, List<GuideEntry> glossary, List<GuideEntry> questions) {
        this.language = language;
        this.title = title;
        this.intro = intro;
        this.steps = new ArrayList<>(steps);
        this.documentsIntro = documentsIntro;
        this.documents = new ArrayList<>(documents);
        this.criteria = criteria;
        this.glossary = new ArrayList<>(glossary);
        this.questions = new ArrayList<>(questions);
    }

    /** The same guide with its easy-read introduction (the steps carry their own easy-read texts). */
    public Guide withEasyIntro(String easyIntro) {
        this.easyIntro = easyIntro;
        return this;
    }

    /** The same guide with the video's captions in its language. */
    public Guide withVideoCues(List<VideoCue> cues) {
        this.videoCues = new ArrayList<>(cues);
        return this;
    }

    /** The video's captions in this language, in the order they are said; empty when not captioned (yet). */
    public List<VideoCue> getVideoCues() {
        return List.copyOf(videoCues);
    }

    /** The easy-read introduction; null when the guide has no easy-read version in this language. */
    public String getEasyIntro() {
        return easyIntro;
    }

    /** An easy-read version exists when the introduction and every step have one (the importer sees to it). */
    public boolean hasEasyRead() {
        return easyIntro != null && steps.stream().allMatch(step -> step.getEasy() != null);
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public List<GuideStep> getSteps() {
        return List.copyOf(steps);
    }

    public String getDocumentsIntro() {
        return documentsIntro;
    }

    public List<String> getDocuments() {
        return List.copyOf(documents);
    }

    public String getCriteria() {
        return criteria;
    }

    public List<GuideEntry> getGlossary() {
        return List.copyOf(glossary);
    }

    public List<GuideEntry> getQuestions() {
        return List.copyOf(questions);
    }
}
