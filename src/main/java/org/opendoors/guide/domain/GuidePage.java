package org.opendoors.guide.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The application guide in one language: the steps, the documents, the criteria, a glossary and questions. */
@Entity
@Table(name = "guide_page")
public class GuidePage {

    @Id
    @Column(name = "language", length = 16)
    private String language;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "intro", nullable = false, length = 20000)
    private String intro;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_step", joinColumns = @JoinColumn(name = "language"))
    @OrderColumn(name = "position")
    private List<GuideStep> steps = new ArrayList<>();

    @Column(name = "documents_intro", nullable = false, length = 2000)
    private String documentsIntro;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_document", joinColumns = @JoinColumn(name = "language"))
    @OrderColumn(name = "position")
    @Column(name = "document", length = 2000)
    private List<String> documents = new ArrayList<>();

    @Column(name = "criteria", nullable = false, length = 20000)
    private String criteria;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_glossary", joinColumns = @JoinColumn(name = "language"))
    @OrderColumn(name = "position")
    private List<GuideEntry> glossary = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guide_faq", joinColumns = @JoinColumn(name = "language"))
    @OrderColumn(name = "position")
    private List<GuideEntry> questions = new ArrayList<>();

    protected GuidePage() {
    }

    public GuidePage(String language, String title, String intro, List<GuideStep> steps, String documentsIntro,
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
