package org.opendoors.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff (or an attacker with their cookie) talking to the back office over plain HTTP: a cookie jar,
 * Faces forms read from the page (view state included) and posted back with chosen values. Not thread-safe: one
 * session per thread, as one browser per person.
 */
public final class StaffSession {

    public static final String SESSION_COOKIE = "opendoors-admin";
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** The loopback address this session's requests come from; null for the default. */
    private String fromAddress;

    private StaffSession(int port) {
        this.port = port;
    }

    /** Nobody signed in yet. */
    public static StaffSession anonymous(int port) {
        return new StaffSession(port);
    }

    /** Signs in through the real form; fails the test when the back office does not let the account in. */
    public static StaffSession signIn(int port, String user, String password) {
        StaffSession session = new StaffSession(port);
        RawHttp.Response answer = session.trySignIn(user, password);
        if (!session.isSignedIn()) {
            throw new AssertionError("Could not sign in as " + user + ": " + answer);
        }
        return session;
    }

    /** Sends this session's requests from another loopback address ({@code 127.0.0.2}, …): another machine. */
    public StaffSession from(String loopbackAddress) {
        this.fromAddress = loopbackAddress;
        return this;
    }

    /** Posts the sign-in form and returns the answer, signed in or not. */
    public RawHttp.Response trySignIn(String user, String password) {
        FacesForm form = form("/admin/sign-in.xhtml", "signIn");
        return form.set("signIn:username", user).set("signIn:password", password).submit("signIn:submit");
    }

    /** Whether the back office's home page opens for this session (rather than sending it to sign in). */
    public boolean isSignedIn() {
        RawHttp.Response home = get("/admin/index.xhtml");
        return home.status() == 200 && home.body().contains("account:signOut");
    }

    public String sessionId() {
        return cookies.get(SESSION_COOKIE);
    }

    /**
     * The same browser sending its next requests to the node at {@code otherPort}, as a proxy does when this
     * session's node has stopped: the same cookies, from then on kept apart from this session's.
     */
    public StaffSession movedTo(int otherPort) {
        StaffSession moved = new StaffSession(otherPort);
        moved.cookies.putAll(cookies);
        moved.fromAddress = fromAddress;
        return moved;
    }

    /** Holds {@code value} as the cookie {@code name} from now on (one taken from somewhere else). */
    public StaffSession withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** The cookie named {@code name}, as the browser holds it now; null if it holds none. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Forgets the cookie jar (to try a stolen id another way). */
    public void dropCookies() {
        cookies.clear();
    }

    public RawHttp.Response get(String path) {
        return remember(RawHttp.send(fromAddress, port, "GET", path, cookieHeader(), null));
    }

    public RawHttp.Response get(String path, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(cookieHeader());
        all.putAll(headers);
        return remember(RawHttp.send(fromAddress, port, "GET", path, all, null));
    }

    public RawHttp.Response post(String path, Map<String, String> fields) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        fields.forEach((name, value) -> multi.put(name, List.of(value)));
        return postFields(path, multi);
    }

    /** Posts form fields, a name repeated once per value (checkboxes). */
    public RawHttp.Response postFields(String path, Map<String, List<String>> fields) {
        Map<String, String> headers = new LinkedHashMap<>(cookieHeader());
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return remember(RawHttp.send(fromAddress, port, "POST", path, headers, urlEncoded(fields).getBytes(StandardCharsets.UTF_8)));
    }

    public RawHttp.Response postMultipart(String path, Map<String, List<String>> fields, String fileField,
                                          String fileName, byte[] file) {
        String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> write(body, "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        Map<String, String> headers = new LinkedHashMap<>(cookieHeader());
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return remember(RawHttp.send(fromAddress, port, "POST", path, headers, body.toByteArray()));
    }

    /** Opens a page and reads one of its forms (by the form's id) with every field's current value. */
    public FacesForm form(String path, String formId) {
        RawHttp.Response page = get(path);
        if (page.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + page);
        }
        return FacesForm.read(this, page.body(), formId);
    }

    /**
     * Reads a form from a page this session was answered with (say, the editor after a save), to check what the
     * page shows in it or to post it again.
     */
    public FacesForm formIn(RawHttp.Response page, String formId) {
        return FacesForm.read(this, page.body(), formId);
    }

    private Map<String, String> cookieHeader() {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return Map.of("Cookie", header.toString());
    }

    private RawHttp.Response remember(RawHttp.Response response) {
        for (String cookie : response.headers("set-cookie")) {
            Matcher matcher = SET_COOKIE.matcher(cookie);
            if (matcher.find()) {
                boolean expired = cookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (expired || matcher.group(2).isEmpty()) {
                    cookies.remove(matcher.group(1));
                } else {
                    cookies.put(matcher.group(1), matcher.group(2));
                }
            }
        }
        return response;
    }

    static String urlEncoded(Map<String, List<String>> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> encoded.append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return encoded.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A Faces form as the page rendered it: its action, and every successful control's name and value. */
    public static final class FacesForm {

        private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-\\w:.]*)\\s*=\\s*\"([^\"]*)\"");
        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

        private final StaffSession session;
        private final String action;
        private final Map<String, List<String>> fields;
        private final String html;

        private FacesForm(StaffSession session, String action, Map<String, List<String>> fields, String html) {
            this.session = session;
            this.action = action;
            this.fields = fields;
            this.html = html;
        }

        static FacesForm read(StaffSession session, String page, String formId) {
            Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(page);
            if (!start.find()) {
                throw new AssertionError("No form '" + formId + "' on the page:\n" + page);
            }
            int end = page.indexOf("</form>", start.end());
            String html = page.substring(start.end(), end < 0 ? page.length() : end);
            Map<String, String> formAttributes = attributes(start.group());
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                Map<String, String> attributes = attributes(input.group(1));
                String name = attributes.get("name");
                String type = attributes.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
                if (name == null || List.of("submit", "button", "image", "file", "reset").contains(type)) {
                    continue;
                }
                if ((type.equals("checkbox") || type.equals("radio")) && !input.group(1).contains("checked")) {
                    continue;
                }
                fields.computeIfAbsent(name, ignored -> new java.util.ArrayList<>())
                        .add(attributes.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
            Matcher textarea = TEXTAREA.matcher(html);
            while (textarea.find()) {
                String name = attributes(textarea.group(1)).get("name");
                if (name != null) {
                    String text = unescape(textarea.group(2));
                    fields.put(name, List.of(text.startsWith("\n") ? text.substring(1) : text));
                }
            }
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                String name = attributes(select.group(1)).get("name");
                Matcher option = OPTION.matcher(select.group(2));
                String chosen = null;
                while (option.find()) {
                    Map<String, String> attributes = attributes(option.group(1));
                    if (chosen == null || option.group(1).contains("selected")) {
                        chosen = attributes.getOrDefault("value", "");
                        if (option.group(1).contains("selected")) {
                            break;
                        }
                    }
                }
                if (name != null && chosen != null) {
                    fields.put(name, List.of(chosen));
                }
            }
            return new FacesForm(session, formAttributes.getOrDefault("action", ""), fields, html);
        }

        public FacesForm set(String name, String value) {
            fields.put(name, List.of(value));
            return this;
        }

        /** Sets every value of a repeated field (the checked boxes of a group). */
        public FacesForm setAll(String name, List<String> values) {
            fields.put(name, List.copyOf(values));
            return this;
        }

        public FacesForm remove(String name) {
            fields.remove(name);
            return this;
        }

        public String value(String name) {
            List<String> values = fields.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public Map<String, List<String>> fields() {
            return fields;
        }

        /** The form's own markup, to look for controls the test needs. */
        public String html() {
            return html;
        }

        /** Posts the form as if {@code button} was pressed (its name and value are sent, as a browser does). */
        public RawHttp.Response submit(String button) {
            Map<String, List<String>> posted = new LinkedHashMap<>(fields);
            Matcher control = Pattern.compile("<(?:input|button)\\b[^>]*\\bname=\"" + Pattern.quote(button) + "\"[^>]*>")
                    .matcher(html);
            posted.put(button, List.of(control.find() ? attributes(control.group()).getOrDefault("value", button) : button));
            return session.postFields(action, posted);
        }

        /** Posts the form as multipart with one file, as an upload form sends it. */
        public RawHttp.Response submitWithFile(String button, String fileField, String fileName, byte[] file) {
            Map<String, List<String>> posted = new LinkedHashMap<>(fields);
            posted.put(button, List.of(button));
            return session.postMultipart(action, posted, fileField, fileName, file);
        }

        private static Map<String, String> attributes(String tag) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher matcher = ATTRIBUTE.matcher(tag);
            while (matcher.find()) {
                attributes.put(matcher.group(1), unescape(matcher.group(2)));
            }
            return attributes;
        }

        static String unescape(String html) {
            Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
            StringBuilder out = new StringBuilder();
            while (entity.find()) {
                String name = entity.group(1);
                String replacement = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> new String(Character.toChars(name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
                };
                entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            entity.appendTail(out);
            return out.toString();
        }
    }
}
