package org.opendoors.it;

import org.opendoors.hostile.RawHttp;
import org.opendoors.hostile.StaffSession;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Escola La Sínia's English summary changed through the back office's own forms, as a communicator does it. */
final class LaSiniaSummary {

    static final String FILE = "schools/escola-la-sinia/en.yaml";
    static final String PROFILE = "/en/schools/escola-la-sinia";
    private static final Pattern SENTENCE = Pattern.compile("Children investigate water[^,]*,");

    private LaSiniaSummary() {
    }

    /** The file in the editor with {@code words} written into its summary's first sentence. */
    static String changed(StaffSession.FacesForm editor, String words) {
        Matcher sentence = SENTENCE.matcher(editor.value("editor:file"));
        assertTrue(sentence.find(), "the summary to change is in " + FILE);
        return sentence.replaceFirst("Children investigate water (" + words + "),");
    }

    /** Saves, sends for review and publishes the summary with {@code marker} in it. */
    static void publish(StaffSession admin, String marker) {
        StaffSession.FacesForm editor = admin.form("/admin/content/edit.xhtml?path=" + FILE + "&mode=file", "editor");
        RawHttp.Response saved = editor.set("editor:file", changed(editor, marker)).set("editor:note", marker)
                .submit("editor:save");
        assertTrue(saved.body().contains("Saved as version"), "saved: " + saved);
        StaffSession.FacesForm item = admin.form("/admin/content/item.xhtml?item=schools/escola-la-sinia", "itemForm");
        assertEquals(200, item.submit(buttonIn(item.html(), "<tr data-lang=\"en\"", "</tr>", "review")).status());
        StaffSession.FacesForm review = admin.form("/admin/review/index.xhtml", "review");
        RawHttp.Response published = review.submit(buttonIn(review.html(), "data-path=\"" + FILE + "\"", "</section>",
                "publish"));
        assertTrue(published.body().contains("Published " + FILE + ": families see it now."), "published: " + published);
    }

    /** The name of the button {@code id} in the part of {@code form} from {@code start} to {@code end}. */
    static String buttonIn(String form, String start, String end, String id) {
        int from = form.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in the form:\n" + form);
        int to = form.indexOf(end, from);
        Matcher button = Pattern.compile("name=\"([^\"]*:" + id + ")\"")
                .matcher(form.substring(from, to < 0 ? form.length() : to));
        assertTrue(button.find(), "no " + id + " button after " + start);
        return button.group(1);
    }
}
