package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoors.hostile.HostilePortal;
import org.opendoors.hostile.Leaks;
import org.opendoors.hostile.RawHttp;
import org.opendoors.hostile.StaffSession.FacesForm;
import org.opendoors.hostile.StaffSession;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the portal tells people is true, whatever happens next. While it starts it answers 503 with
 * {@code Retry-After} (never a 404 or a 500) until a family page really renders; saves of one file at the same
 * instant are saved or refused with the explanation, never a server error, and the typed text stays in the form;
 * a version confirmed as saved is still there after the server was killed right after answering, and its number is
 * never given to other text.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfirmedSavesIT {

    /** MicroProfile Health's readiness answer (org.opendoors.portal.ReadyForFamilies): a name and a word. */
    private static final String READY_UP = "{\"status\":\"UP\",\"checks\":[{\"name\":\"open-doors-ready\",\"status\":\"UP\",\"data\":{}}]}";
    private static final String READY_DOWN = READY_UP.replace("UP", "DOWN");
    private static final int PORT = PortalProcess.basePort() + 15;
    private static final Path DATA = PortalProcess.target().resolve("it-confirmed-saves-data");
    /** A small city (two schools), so that each of the several starts here takes seconds, not a minute. */
    private static final Path CONTENT = Path.of("src/test/resources/content/good");
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final String READY_LINE = "Open Doors is ready";
    private static final Pattern SAVED_AS = Pattern.compile("Saved as version (\\d+)");
    private static final String PASSWORD = "Simultaneous-saves-2026";

    private static PortalProcess portal;
    private static List<String> startAnswers;

    @BeforeAll
    static void startAndWatchEveryAnswerUntilReady() {
        PortalProcess.deleteRecursively(DATA);
        portal = PortalProcess.launch(PORT, DATA, CONTENT, Map.of());
        startAnswers = watchUntilReady(portal);
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void untilAFamilyPageRendersEveryAnswerIs503WithRetryAfter() {
        assertTrue(startAnswers.stream().anyMatch(answer -> answer.startsWith("/en/ 503")),
                "the portal answered before it was ready without a 503 ever: " + startAnswers);
        assertTrue(startAnswers.stream().anyMatch(answer -> answer.equals("/health/ready 503 DOWN")),
                "the readiness probe never said DOWN: " + startAnswers);
        assertTrue(portal.log().contains(READY_LINE), "no ready line in the log");
    }

    @Test
    @Order(2)
    void textsSavedByThreePeopleAtTheSameInstantAreSavedOrExplainedAndNeverLost() throws Exception {
        StaffSession admin = HostilePortal.admin(portal);
        HostilePortal.createStaff(admin, "ana", PASSWORD, "communicator");
        HostilePortal.createStaff(admin, "bo", PASSWORD, "communicator");
        List<StaffSession> people = List.of(admin, StaffSession.signIn(PORT, "ana", PASSWORD),
                StaffSession.signIn(PORT, "bo", PASSWORD));
        String editor = "/admin/content/edit.xhtml?path=schools/escola-la-prova/ca.yaml&mode=fields";
        for (int round = 1; round <= 6; round++) {
            int at = round;
            List<FacesForm> forms = people.stream().map(person -> person.form(editor, "editor")).toList();
            String field = firstTextField(forms.get(0));
            List<String> typed = new ArrayList<>();
            for (int person = 0; person < forms.size(); person++) {
                typed.add("Round " + at + ", person " + person + ": the garden is open to families on Saturday mornings.");
                forms.get(person).set(field, typed.get(person));
            }
            List<RawHttp.Response> answers = atOnce(forms, form -> form.submit("editor:save"));
            int saved = 0;
            for (int person = 0; person < answers.size(); person++) {
                RawHttp.Response answer = answers.get(person);
                String what = "round " + round + ", person " + person;
                Leaks.assertClean(answer, what);
                boolean savedNow = SAVED_AS.matcher(answer.body()).find();
                assertTrue(savedNow || answer.body().contains("while you were editing version"),
                        what + ": neither saved nor the explanation of a save made meanwhile: " + notices(answer));
                assertEquals(typed.get(person), people.get(person).formIn(answer, "editor").value(field),
                        what + ": the typed text is not in the form any more");
                saved += savedNow ? 1 : 0;
            }
            assertEquals(1, saved, "round " + round + ": one of three saves based on one version goes through");
        }
        // The one who was told about the others' save presses Save again: it goes through, with their text.
        List<FacesForm> forms = people.subList(0, 2).stream().map(person -> person.form(editor, "editor")).toList();
        String field = firstTextField(forms.get(0));
        forms.get(0).set(field, "Ana and Bo both wrote at once, and both texts are kept.");
        forms.get(1).set(field, "Both texts are kept: this one after the other.");
        List<RawHttp.Response> answers = atOnce(forms, form -> form.submit("editor:save"));
        int loser = SAVED_AS.matcher(answers.get(0).body()).find() ? 1 : 0;
        RawHttp.Response again = people.get(loser).formIn(answers.get(loser), "editor").submit("editor:save");
        assertTrue(SAVED_AS.matcher(again.body()).find(), "saving again after the explanation: " + again);
    }

    @Test
    @Order(3)
    void factsRulesAndRollbacksSavedAtTheSameInstantAreSavedOrExplained() throws Exception {
        List<StaffSession> people = List.of(HostilePortal.admin(portal), StaffSession.signIn(PORT, "ana", PASSWORD),
                StaffSession.signIn(PORT, "bo", PASSWORD));
        for (int round = 1; round <= 3; round++) {
            List<FacesForm> facts = people.stream()
                    .map(person -> person.form("/admin/content/facts.xhtml?slug=institut-el-mirador", "facts")).toList();
            for (int person = 0; person < facts.size(); person++) {
                facts.get(person).set("facts:phone", "+34 930 00 0" + round + " 0" + person);
            }
            checkSimultaneous("facts, round " + round, people, facts, "facts:save", "facts", "facts:phone",
                    "Saved as version", "while you were editing");

            List<FacesForm> rules = people.stream()
                    .map(person -> person.form("/admin/content/rules.xhtml?block=welcome", "rule")).toList();
            for (int person = 0; person < rules.size(); person++) {
                rules.get(person).set("rule:order", String.valueOf(100 + round * 10 + person));
            }
            checkSimultaneous("rules, round " + round, people, rules, "rule:save", "rule", "rule:order",
                    "Saved as version", "while you were editing");
        }
        // Each person rolls the same file back to another old version, at the same instant.
        String history = "/admin/content/history.xhtml?path=schools/escola-la-prova/ca.yaml";
        for (int round = 1; round <= 3; round++) {
            List<FacesForm> pages = people.stream().map(person -> person.form(history, "history")).toList();
            List<String> buttons = rollBackButtons(pages.get(0));
            List<RawHttp.Response> answers = atOnce(List.of(0, 1, 2), person -> pages.get(person).submit(buttons.get(person)));
            int restored = 0;
            int alreadyThere = 0;
            for (RawHttp.Response answer : answers) {
                Leaks.assertClean(answer, "rollback, round " + round);
                boolean done = answer.body().contains(" restores version ");
                // A version whose text the newest one already has needs no rollback: nothing is written, nothing lost.
                boolean nothingToDo = answer.body().contains("The newest version already has the text of version");
                assertTrue(done || nothingToDo || answer.body().contains("Reload the page to see it before rolling back"),
                        "rollback, round " + round + ": neither rolled back nor explained: " + notices(answer));
                restored += done ? 1 : 0;
                alreadyThere += nothingToDo ? 1 : 0;
            }
            assertTrue(restored <= 1, "rollback, round " + round + ": two rollbacks from one version both went through");
            assertTrue(restored == 1 || alreadyThere > 0,
                    "rollback, round " + round + ": one of three rollbacks from one version goes through");
        }
    }

    @Test
    @Order(4)
    void aConfirmedVersionSurvivesTheServerKilledRightAfterItsAnswer() {
        String path = "schools/institut-el-mirador/ca.yaml";
        String editor = "/admin/content/edit.xhtml?path=" + path + "&mode=fields";
        Map<Integer, String> confirmed = new LinkedHashMap<>();
        for (int round = 1; round <= 2; round++) {
            StaffSession admin = HostilePortal.admin(portal);
            long answeredAt = 0;
            for (int save = 1; save <= 3; save++) {
                FacesForm form = admin.form(editor, "editor");
                String text = "Kill round " + round + ", save " + save + ": pupils grow vegetables in the school garden.";
                RawHttp.Response answer = form.set(firstTextField(form), text).submit("editor:save");
                answeredAt = System.nanoTime();
                confirmed.put(savedVersion(answer), text);
            }
            long killedAfterMillis = (System.nanoTime() - answeredAt) / 1_000_000;
            portal.kill();
            assertTrue(killedAfterMillis < 50, "the server was killed " + killedAfterMillis + " ms after the answer");
            portal = PortalProcess.launch(PORT, DATA, CONTENT, Map.of());
            portal.awaitReady();
            StaffSession afterRestart = HostilePortal.admin(portal);
            // The versions page marks the changed words inside the text: its words are read without the marks.
            confirmed.forEach((number, text) -> assertTrue(afterRestart.get("/admin/content/history.xhtml?path=" + path
                            + "&older=1&newer=" + number).body().replaceAll("</?(?:ins|del)>", "").contains(text),
                    "version " + number + " was confirmed with its text and is not there after the restart"));
            int last = confirmed.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            Matcher state = Pattern.compile("<span id=\"state\">[^<]*?version (\\d+),")
                    .matcher(afterRestart.get("/admin/content/edit.xhtml?path=" + path).body());
            assertTrue(state.find(), "no state on the editor page");
            assertEquals(last, Integer.parseInt(state.group(1)), "the newest version after the restart");
        }
        // The next save gets the next number: no number shown to someone is ever given to another text.
        StaffSession admin = HostilePortal.admin(portal);
        FacesForm form = admin.form(editor, "editor");
        int next = savedVersion(form.set(firstTextField(form), "After the restarts: a new text.").submit("editor:save"));
        assertEquals(confirmed.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1, next);
    }

    /** Polls the starting portal's home and readiness probe from the moment it was launched until it is ready. */
    private static List<String> watchUntilReady(PortalProcess starting) {
        List<String> answers = new ArrayList<>();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            boolean readyLogged = starting.log().contains(READY_LINE);
            RawHttp.Response home;
            try {
                home = RawHttp.get(PORT, "/en/");
            } catch (UncheckedIOException notListening) {
                assertFalse(readyLogged, "the log says ready and the port is closed");
                assertTrue(starting.isAlive(), "the portal stopped while starting:\n" + starting.log());
                pause();
                continue;
            }
            if (home.status() == 200) {
                RawHttp.Response probe = RawHttp.get(PORT, "/health/ready");
                assertEquals(200, probe.status(), "home served but the probe says " + probe);
                assertEquals(READY_UP, probe.body().strip());
                return answers;
            }
            assertFalse(readyLogged, "the log says ready, and the home page answers " + home);
            assertEquals(503, home.status(), "before the portal is ready: " + home);
            assertTrue(home.header("retry-after").isPresent(), "a 503 without Retry-After: " + home);
            Leaks.assertNoInternals(home, "the 503 while starting");
            answers.add("/en/ " + home.status());
            RawHttp.Response probe = RawHttp.get(PORT, "/health/ready");
            if (probe.status() != 200) {
                assertEquals(503, probe.status(), "the readiness probe while starting: " + probe);
                assertEquals(READY_DOWN, probe.body().strip(), "MicroProfile Health's answer, and nothing else");
                answers.add("/health/ready " + probe.status() + " DOWN");
            }
            pause();
        }
        throw new AssertionError("not ready within " + START_LIMIT + ":\n" + starting.log());
    }

    /** Posts every form from its own thread, released at the same instant. */
    private static <T> List<RawHttp.Response> atOnce(List<T> items, Function<T, RawHttp.Response> post) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(items.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            for (T item : items) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return post.apply(item);
                }));
            }
            start.countDown();
            List<RawHttp.Response> result = new ArrayList<>();
            for (Future<RawHttp.Response> answer : answers) {
                result.add(answer.get(2, TimeUnit.MINUTES));
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void checkSimultaneous(String what, List<StaffSession> people, List<FacesForm> forms, String button,
                                          String formId, String field, String savedText, String explained) throws Exception {
        List<RawHttp.Response> answers = atOnce(forms, form -> form.submit(button));
        int saved = 0;
        for (int person = 0; person < answers.size(); person++) {
            RawHttp.Response answer = answers.get(person);
            Leaks.assertClean(answer, what);
            boolean savedNow = answer.body().contains(savedText);
            assertTrue(savedNow || answer.body().contains(explained),
                    what + ", person " + person + ": neither saved nor explained: " + notices(answer));
            assertEquals(forms.get(person).value(field), people.get(person).formIn(answer, formId).value(field),
                    what + ", person " + person + ": the typed value is not in the form any more");
            saved += savedNow ? 1 : 0;
        }
        assertEquals(1, saved, what + ": one of three saves based on one version goes through");
    }

    /**
     * A history page opened before someone else saved: its rows are the ones its reader saw, so the button pressed
     * rolls back the version it was shown beside, or is refused with the reason, never another version or nothing.
     */
    @Test
    @Order(5)
    void aRollBackFromAPageOpenedBeforeAnotherSaveIsExplainedNotMisread() {
        StaffSession admin = HostilePortal.admin(portal);
        String path = "schools/escola-la-prova/ca.yaml";
        FacesForm history = admin.form("/admin/content/history.xhtml?path=" + path, "history");
        List<String> buttons = rollBackButtons(history);

        FacesForm editor = admin.form("/admin/content/edit.xhtml?path=" + path + "&mode=fields", "editor");
        RawHttp.Response saved = editor.set(firstTextField(editor), "Saved while the history page was open.")
                .submit("editor:save");
        assertTrue(SAVED_AS.matcher(saved.body()).find(), "the save in between: " + notices(saved));

        RawHttp.Response answer = history.submit(buttons.get(1));
        assertTrue(answer.body().contains("Reload the page to see it before rolling back"),
                "a roll-back from the page opened before the save: " + notices(answer));
        assertTrue(admin.get("/admin/content/edit.xhtml?path=" + path + "&mode=fields").body()
                .contains("Saved while the history page was open."), "the save in between is still the newest version");
    }

    /** The editor's first text box (the profile's summary): its field name in the form. */
    private static String firstTextField(FacesForm form) {
        return form.fields().keySet().stream().filter(name -> name.endsWith(":value")).findFirst()
                .orElseThrow(() -> new AssertionError("no text box in the editor: " + form.fields().keySet()));
    }

    /** The names of the page's "roll back" buttons, newest version first. */
    private static List<String> rollBackButtons(FacesForm history) {
        List<String> buttons = new ArrayList<>();
        Matcher button = Pattern.compile("name=\"([^\"]+:rollBack)\"").matcher(history.html());
        while (button.find()) {
            buttons.add(button.group(1));
        }
        if (buttons.size() < 3) {
            fail("the history has fewer than three older versions to roll back to: " + buttons);
        }
        return buttons;
    }

    /** What the page told its reader: its status, the back office's messages and any problems listed. */
    private static String notices(RawHttp.Response answer) {
        Matcher messages = Pattern.compile("<ul id=\"messages\"[^>]*>(.*?)</ul>|<div class=\"bo-problem\">(.*?)</div>\\s*</div>",
                Pattern.DOTALL).matcher(answer.body());
        StringBuilder told = new StringBuilder("HTTP " + answer.status());
        while (messages.find()) {
            told.append(" | ").append((messages.group(1) != null ? messages.group(1) : messages.group(2))
                    .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return told.toString();
    }

    private static int savedVersion(RawHttp.Response answer) {
        Matcher saved = SAVED_AS.matcher(answer.body());
        if (!saved.find()) {
            fail("not saved: " + notices(answer));
        }
        return Integer.parseInt(saved.group(1));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
