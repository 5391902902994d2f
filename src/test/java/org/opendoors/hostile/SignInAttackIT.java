package org.opendoors.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.it.PortalProcess;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password guessing against the back office: parallel guesses against the throttle, the owner at another machine,
 * one machine trying many accounts, the account page's current-password check, over-long user names, weak
 * passwords. Port: integration port + 13 (18093). Each test uses its own accounts and its own loopback addresses,
 * since the throttle counts per account and per address.
 */
class SignInAttackIT {

    /** The throttle's allowance per account and address (SignInThrottle.PER_ACCOUNT_AND_ADDRESS). */
    private static final int ALLOWANCE = 5;
    private static final String WRONG = "The user name or the password is not right.";
    private static final String THROTTLED = "Too many failed sign-ins";

    private static PortalProcess portal;
    private static StaffSession admin;

    @BeforeAll
    static void start() {
        portal = HostilePortal.start("sign-in", 13);
        admin = HostilePortal.admin(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static int port() {
        return HostilePortal.port(portal);
    }

    @Test
    void parallelGuessesFromOneMachineCheckNoMoreThanTheAllowanceAndTheOwnerElsewhereStillGetsIn() throws Exception {
        String password = "Marta walks to the river at dawn";
        HostilePortal.createStaff(admin, "marta", password, "communicator");
        int guesses = 32;
        List<StaffSession.FacesForm> forms = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            forms.add(StaffSession.anonymous(port()).from("127.0.0.5").form("/admin/sign-in.xhtml", "signIn")
                    .set("signIn:username", "marta").set("signIn:password", "wrong guess number " + i));
        }
        List<RawHttp.Response> answers = inParallel(forms.stream().map(form -> (Attack) () -> form.submit("signIn:submit")).toList());

        long checkedAndWrong = answers.stream().filter(answer -> answer.body().contains(WRONG)).count();
        long throttled = answers.stream().filter(answer -> answer.body().contains(THROTTLED)).count();
        answers.forEach(answer -> Leaks.assertClean(answer, "a parallel guess"));
        assertTrue(checkedAndWrong <= ALLOWANCE, checkedAndWrong + " of " + guesses + " parallel guesses were checked");
        assertEquals(guesses, checkedAndWrong + throttled, "every guess was refused, as wrong or as too many");

        StaffSession guesser = StaffSession.anonymous(port()).from("127.0.0.5");
        RawHttp.Response right = guesser.trySignIn("marta", password);
        assertTrue(right.body().contains(THROTTLED), "the right password is not even checked while throttled: " + right);
        assertFalse(guesser.isSignedIn());

        AuditRows audit = AuditRows.read(admin, "marta");
        assertTrue(audit.count("sign-in.failed", "marta") <= ALLOWANCE, "passwords checked: " + audit.withAction("sign-in.failed"));
        assertTrue(audit.count("sign-in.throttled", "marta") >= guesses - ALLOWANCE + 1, "every throttled attempt is audited");
        assertTrue(audit.withAction("sign-in.throttled").stream().allMatch(row -> row.address().equals("127.0.0.5")),
                "with the address it came from");

        StaffSession owner = StaffSession.anonymous(port()).from("127.0.0.6");
        owner.trySignIn("marta", password);
        assertTrue(owner.isSignedIn(), "the owner at her own computer is not locked out by the guesser");
    }

    @Test
    void oneMachineTryingManyAccountsIsOnlySlowedForSeconds() throws Exception {
        String password = "Joan keeps bees on the roof";
        HostilePortal.createStaff(admin, "joan", password, "translator");
        StaffSession proxy = StaffSession.anonymous(port()).from("127.0.0.7");
        StaffSession colleague = StaffSession.anonymous(port()).from("127.0.0.7");
        StaffSession.FacesForm colleagueForm = colleague.form("/admin/sign-in.xhtml", "signIn")
                .set("signIn:username", "joan").set("signIn:password", password);
        for (int i = 0; i < 20; i++) {
            RawHttp.Response answer = proxy.trySignIn("nobody-" + i, "a guess of a password " + i);
            assertTrue(answer.body().contains(WRONG), answer.toString());
        }
        assertTrue(colleagueForm.submit("signIn:submit").body().contains(THROTTLED), "the shared address is slowed");
        StaffSession elsewhere = StaffSession.anonymous(port()).from("127.0.0.8");
        elsewhere.trySignIn("joan", password);
        assertTrue(elsewhere.isSignedIn(), "other addresses are not affected");
        Thread.sleep(5_500);
        colleague.trySignIn("joan", password);
        assertTrue(colleague.isSignedIn(), "behind the proxy, a colleague waits seconds, not a lockout");
    }

    @Test
    void theCurrentPasswordOnTheAccountPageIsThrottledLikeASignIn() throws Exception {
        String password = "Pau plays the gralla on Sundays";
        HostilePortal.createStaff(admin, "pau", password, "communicator");
        StaffSession thief = StaffSession.signIn(port(), "pau", password).from("127.0.0.10");
        int guesses = 12;
        List<StaffSession.FacesForm> forms = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            forms.add(thief.form("/admin/account.xhtml", "password").set("password:current", "guess of the current " + i)
                    .set("password:newPassword", "the thief's own long password " + i));
        }
        List<RawHttp.Response> answers = inParallel(forms.stream().map(form -> (Attack) () -> form.submit("password:change")).toList());
        long checkedAndWrong = answers.stream().filter(answer -> answer.body().contains("The current password is not right")).count();
        long throttled = answers.stream().filter(answer -> answer.body().contains("Too many wrong passwords")).count();
        answers.forEach(answer -> Leaks.assertClean(answer, "a guess of the current password"));
        assertTrue(checkedAndWrong <= ALLOWANCE, checkedAndWrong + " of " + guesses + " current passwords were checked");
        assertEquals(guesses, checkedAndWrong + throttled);

        RawHttp.Response right = thief.form("/admin/account.xhtml", "password").set("password:current", password)
                .set("password:newPassword", "the thief's own long password").submit("password:change");
        assertTrue(right.body().contains("Too many wrong passwords"), right.toString());
        AuditRows audit = AuditRows.read(admin, "pau");
        assertTrue(audit.count("password-change.failed", "pau") <= ALLOWANCE);
        assertTrue(audit.count("password-change.throttled", "pau") >= guesses - ALLOWANCE + 1);
        assertTrue(StaffSession.signIn(port(), "pau", password).isSignedIn(), "the password was never changed");
    }

    @Test
    void overlongUserNamesAreRefusedClearlyAuditedCutAndNeverAnError() {
        List<String> names = List.of("a".repeat(61), "b".repeat(200), "c".repeat(1_000), "d".repeat(10_000),
                "e\0".repeat(40), "f\n".repeat(40), "😀".repeat(40), "\u202Eadmin".repeat(12));
        for (String name : names) {
            StaffSession attacker = StaffSession.anonymous(port()).from("127.0.0.11");
            RawHttp.Response answer = attacker.trySignIn(name, "some password typed here");
            Leaks.assertClean(answer, "a user name of " + name.length() + " characters");
            assertTrue(answer.body().contains("A user name has at most 60 characters"), answer.toString());
            assertFalse(attacker.isSignedIn());
        }
        List<AuditRows.Row> refused = AuditRows.read(admin, "sign-in.refused").rows();
        assertTrue(refused.size() >= names.size(), "every attempt audited: " + refused);
        for (AuditRows.Row row : refused) {
            assertTrue(row.actor().codePointCount(0, row.actor().length()) <= 60, "cut to the column: " + row.actor());
            assertEquals("127.0.0.11", row.address());
            assertFalse(row.actor().contains("\0") || row.actor().contains("\n"), "no control characters stored");
        }

        RawHttp.Response create = admin.form("/admin/users/index.xhtml", "newUser")
                .set("newUser:username", "g".repeat(61)).set("newUser:displayName", "G")
                .set("newUser:password", "a long and unusual password").setAll("newUser:roles", List.of("translator"))
                .submit("newUser:create");
        Leaks.assertClean(create, "an over-long user name on the Users page");
        assertTrue(create.body().contains("A user name has 2 to 60"), create.toString());
        RawHttp.Response longName = admin.form("/admin/users/index.xhtml", "newUser")
                .set("newUser:username", "gina").set("newUser:displayName", "G".repeat(10_000))
                .set("newUser:password", "a long and unusual password").setAll("newUser:roles", List.of("translator"))
                .submit("newUser:create");
        Leaks.assertClean(longName, "an over-long full name on the Users page");
        assertTrue(longName.body().contains("A full name has at most 120 characters"), longName.toString());
        assertFalse(admin.get("/admin/users/index.xhtml").body().contains("New password for gina"), "nothing created");
    }

    /** Weak passwords of every kind: common, padded, control characters, the user name, too short, too long. */
    private static final List<String> WEAK = List.of("password1234", "Password1234!", "qwertyuiop123", "123456789012",
            "\0".repeat(12), "correct horse\tbattery", "weakling.user1", "WEAKLING.USER2026", "short", "x".repeat(10_000));

    @Test
    void weakPasswordsAreRefusedOnTheUsersPageAndTheAccountPage() {
        for (String weak : WEAK) {
            RawHttp.Response answer = admin.form("/admin/users/index.xhtml", "newUser")
                    .set("newUser:username", "weakling.user").set("newUser:displayName", "Weak")
                    .set("newUser:password", weak).setAll("newUser:roles", List.of("translator"))
                    .submit("newUser:create");
            Leaks.assertClean(answer, "a weak password on the Users page");
            assertFalse(answer.body().contains("Created the account"), "'" + weak + "' was accepted");
        }
        assertFalse(admin.get("/admin/users/index.xhtml").body().contains("New password for weakling.user"));

        String password = "Laia swims across the bay in June";
        HostilePortal.createStaff(admin, "laia.ferrer.puig", password, "communicator");
        StaffSession laia = StaffSession.signIn(port(), "laia.ferrer.puig", password).from("127.0.0.12");
        for (String weak : WEAK) {
            RawHttp.Response answer = laia.form("/admin/account.xhtml", "password").set("password:current", password)
                    .set("password:newPassword", weak.replaceAll("(?i)weakling\\.user", "laia.ferrer.puig")).submit("password:change");
            Leaks.assertClean(answer, "a weak password on the account page");
            assertFalse(answer.body().contains("Your password was changed"), "'" + weak + "' was accepted");
        }
        assertTrue(StaffSession.signIn(port(), "laia.ferrer.puig", password).isSignedIn(), "the password is unchanged");
        assertTrue(AuditRows.read(admin, "user.password-change.refused").rows().size() >= WEAK.size());
        assertTrue(AuditRows.read(admin, "user.create.refused").rows().size() >= WEAK.size());

        RawHttp.Response strong = laia.form("/admin/account.xhtml", "password").set("password:current", password)
                .set("password:newPassword", "a sentence about the harbour lights").submit("password:change");
        assertTrue(strong.body().contains("Your password was changed"), "a good password is accepted: " + strong);
        assertTrue(laia.isSignedIn(), "the session that changed it goes on");
    }

    private interface Attack {
        RawHttp.Response send() throws Exception;
    }

    /** Sends every attack at once (released together by a latch) and returns the answers in order. */
    private static List<RawHttp.Response> inParallel(List<Attack> attacks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attacks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RawHttp.Response>> answers = new ArrayList<>();
            for (Attack attack : attacks) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return attack.send();
                }));
            }
            go.countDown();
            List<RawHttp.Response> result = new ArrayList<>();
            for (Future<RawHttp.Response> answer : answers) {
                result.add(answer.get(2, TimeUnit.MINUTES));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }
}
