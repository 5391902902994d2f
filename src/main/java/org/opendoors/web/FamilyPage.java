package org.opendoors.web;

/** The family pages and the Faces views that render them; URLs are decided by {@link FamilyRouter}. */
public enum FamilyPage {
    HOME("/home/index.xhtml"),
    SCHOOL_LIST("/school/list.xhtml"),
    SCHOOL_PROFILE("/school/profile.xhtml"),
    COMPARE("/school/compare.xhtml"),
    SHORTLIST("/school/shortlist.xhtml"),
    GUIDE("/guide/index.xhtml"),
    WHY_THIS_ORDER("/home/why.xhtml"),
    NOT_FOUND("/error/not-found.xhtml");

    private final String view;

    FamilyPage(String view) {
        this.view = view;
    }

    public String view() {
        return view;
    }
}
