package org.opendoors.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.it.PortalProcess;
import org.opendoors.testing.Zips;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, "nothing gets in": a content file can never make the portal read a file outside its content folder.
 * A translator and a communicator try, through the whole-file editor and through an uploaded archive, to point
 * {@code district_outlines} at server files (one written here with a known marker) and to slip in symbolic links.
 * Every try is refused, no answer ever shows the marker or a line of {@code /etc/passwd}, nothing is stored, and
 * each refusal is in the audit log with who and from where. Port: the integration port + 11.
 */
class ContentReferencesIT {

    private static final int PORT_OFFSET = 11;
    private static final String MARKER = "OPEN-DOORS-HOSTILE-SECRET-2b7e41";
    private static final String TRANSLATOR = "ref-translator";
    private static final String COMMUNICATOR = "ref-communicator";
    private static final String PASSWORD = "Hostile-references-2026";

    private static PortalProcess portal;
    private static Path secret;
    private static StaffSession admin;
    private static StaffSession translator;
    private static StaffSession communicator;

    @BeforeAll
    static void start() throws IOException {
        secret = PortalProcess.target().resolve("hostile-references-secret.geojson").toAbsolutePath();
        Files.writeString(secret, MARKER + "\n");
        portal = HostilePortal.start("content-references", PORT_OFFSET);
        admin = HostilePortal.admin(portal);
        HostilePortal.createStaff(admin, TRANSLATOR, PASSWORD, "translator");
        HostilePortal.createStaff(admin, COMMUNICATOR, PASSWORD, "communicator");
        translator = StaffSession.signIn(HostilePortal.port(portal), TRANSLATOR, PASSWORD);
        communicator = StaffSession.signIn(HostilePortal.port(portal), COMMUNICATOR, PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        portal.close();
        Files.deleteIfExists(secret);
    }

    /** Values that name a file outside the folder, each a different way out. */
    private static List<String> payloads() {
        return List.of("/etc/passwd", "../../../../etc/hostname", secret.toString(),
                "'..\\..\\..\\..\\etc\\passwd'", "\"..%2F..%2F..%2Fetc%2Fpasswd\"", "file:///etc/passwd",
                "\"districts.geojson\\0../../etc/passwd\"", "C:/Windows/win.ini");
    }

    @Test
    void aWholeFileSaveOfCityYamlNamingAServerFileIsRefusedAndShowsNothingOfIt() {
        byte[] publishedBefore = export();
        for (String payload : payloads()) {
            RawHttp.Response byTranslator = saveCityWith(translator, payload);
            Leaks.assertClean(byTranslator, "translator saving " + payload);
            // A translator's editor of the city file has no save button and reads its box only: a forged press of
            // the button saves nothing and reaches no action.
            assertTrue(byTranslator.body().contains("id=\"read-only\""), payload + ": " + byTranslator);
            assertNothingOfTheServerFiles(byTranslator, payload);

            RawHttp.Response byCommunicator = saveCityWith(communicator, payload);
            Leaks.assertClean(byCommunicator, "communicator saving " + payload);
            assertTrue(byCommunicator.body().contains("is not a file of this content folder"), payload + ": " + byCommunicator);
            assertNothingOfTheServerFiles(byCommunicator, payload);
        }

        assertArrayEquals(publishedBefore, export(), "the published city changed");
        String state = communicator.get("/admin/content/edit.xhtml?path=city.yaml&mode=file").body();
        assertTrue(state.contains("version 1, families see version 1"), "a refused save left a draft: " + state);
        String audit = admin.get("/admin/audit/index.xhtml?q=content.save.refused").body();
        assertTrue(audit.contains(COMMUNICATOR), audit);
        assertTrue(audit.contains("district_outlines") && audit.contains("127.0.0.1"), audit);
        assertFalse(audit.contains(MARKER), audit);
    }

    @Test
    void anArchiveNamingAServerFileOrHoldingLinksIsRefusedByTheCheckAndShowsNothingOfThem() {
        byte[] publishedBefore = export();
        Map<String, String> city = HostileContent.files();
        Map<String, List<byte[]>> uploads = new LinkedHashMap<>();
        for (String payload : List.of("/etc/passwd", secret.toString(), "../../../../etc/hostname")) {
            Map<String, String> edited = new LinkedHashMap<>(city);
            edited.put("city.yaml", city.get("city.yaml").replace("district_outlines: districts.geojson",
                    "district_outlines: " + payload));
            uploads.put("city.yaml naming " + payload, List.of(HostileContent.zip(edited)));
        }
        Map<String, byte[]> linked = HostileContent.entries(city);
        linked.put("content/districts.geojson", secret.toString().getBytes(StandardCharsets.UTF_8));
        linked.put("content/schools/escola-la-sinia/ar.yaml", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        linked.put("content/guide/en.yaml", "../../../../../../etc/hostname".getBytes(StandardCharsets.UTF_8));
        uploads.put("links", List.of(Zips.withLinks(Zips.zip(linked), "content/districts.geojson",
                "content/schools/escola-la-sinia/ar.yaml", "content/guide/en.yaml")));

        for (Map.Entry<String, List<byte[]>> upload : uploads.entrySet()) {
            RawHttp.Response answer = HostileContent.check(communicator, upload.getValue().get(0));
            Leaks.assertClean(answer, upload.getKey());
            assertTrue(answer.body().contains("nothing can be applied"), upload.getKey() + ": " + answer);
            assertFalse(answer.body().contains("id=\"apply:apply\""), upload.getKey() + ": " + answer);
            assertNothingOfTheServerFiles(answer, upload.getKey());
        }
        String links = HostileContent.check(communicator, uploads.get("links").get(0)).body();
        assertTrue(links.contains("is a symbolic link; a content folder holds plain files only"), links);

        assertArrayEquals(publishedBefore, export(), "the published city changed");
        String audit = admin.get("/admin/audit/index.xhtml?q=content.import-check.refused").body();
        assertTrue(audit.contains(COMMUNICATOR) && audit.contains("127.0.0.1"), audit);
        assertFalse(audit.contains(MARKER), audit);
    }

    @Test
    void aTranslatorCannotReachTheImportCheckAtAll() {
        RawHttp.Response page = translator.get("/admin/content/archive.xhtml");
        assertEquals(403, page.status(), page.toString());
        Leaks.assertNoInternals(page, "the archive page for a translator");

        StaffSession.FacesForm form = communicator.form("/admin/content/archive.xhtml", "import");
        RawHttp.Response posted = translator.postMultipart("/admin/content/archive.xhtml", form.fields(), "import:file",
                "city.zip", HostileContent.zip(HostileContent.files()));
        assertEquals(403, posted.status(), posted.toString());
        Leaks.assertNoInternals(posted, "an upload by a translator");
    }

    private static RawHttp.Response saveCityWith(StaffSession who, String districtOutlines) {
        StaffSession.FacesForm form = who.form("/admin/content/edit.xhtml?path=city.yaml&mode=file", "editor");
        String city = form.value("editor:file");
        assertTrue(city.contains("district_outlines: districts.geojson"), city);
        return form.set("editor:file", city.replace("district_outlines: districts.geojson",
                        "district_outlines: " + districtOutlines))
                .set("editor:note", "hostile")
                .submit("editor:save");
    }

    private byte[] export() {
        RawHttp.Response zip = admin.form("/admin/content/archive.xhtml", "export").submit("export:download");
        assertEquals("application/zip", zip.header("content-type").orElse(""), zip.toString());
        return zip.bytes();
    }

    private static void assertNothingOfTheServerFiles(RawHttp.Response answer, String what) {
        String body = answer.body();
        assertFalse(body.contains(MARKER), what + ": the secret file's text is in the answer:\n" + answer);
        assertFalse(body.contains("root:x:0:0") || body.contains("/bin/bash") || body.contains("nologin"),
                what + ": /etc/passwd is in the answer:\n" + answer);
    }
}
