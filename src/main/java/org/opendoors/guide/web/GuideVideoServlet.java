package org.opendoors.guide.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.guide.domain.GuideRepository;
import org.opendoors.guide.domain.GuideVideo;
import org.opendoors.guide.service.VideoCaptions;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published video guide, {@code /video/{sha256}.webm} (with byte ranges, so a phone can start in the middle and
 * fetch only what it plays), and its captions, {@code /video/{lang}-{fingerprint}.vtt}. Both addresses name their
 * content, so browsers keep them for a year; an address of anything not published now is not found.
 */
@WebServlet(GuideVideoServlet.PATH + "*")
public class GuideVideoServlet extends HttpServlet {

    public static final String PATH = "/video/";
    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Pattern VIDEO = Pattern.compile("([0-9a-f]{64})\\.webm");
    private static final Pattern CAPTIONS = Pattern.compile("([a-z]{2,3})-([0-9a-f]{16})\\.vtt");
    private static final Pattern RANGE = Pattern.compile("bytes=([0-9]{0,12})-([0-9]{0,12})");

    @Inject
    private GuideRepository guides;

    public static String videoAddress(GuideVideo video) {
        return PATH + video.getSha256() + ".webm";
    }

    public static String captionsAddress(String language, String webVtt) {
        return PATH + language + "-" + VideoCaptions.fingerprint(webVtt) + ".vtt";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Matcher video = VIDEO.matcher(name);
        Matcher captions = CAPTIONS.matcher(name);
        if (video.matches()) {
            Optional<GuideVideo> published = guides.video().filter(v -> v.getSha256().equals(video.group(1)));
            if (published.isPresent()) {
                sendVideo(published.get(), request, response);
                return;
            }
        } else if (captions.matches() && SupportedLanguage.fromTag(captions.group(1)).isPresent()) {
            Optional<String> vtt = guides.inLanguage(captions.group(1)).filter(guide -> !guide.getVideoCues().isEmpty())
                    .map(guide -> VideoCaptions.webVtt(guide.getVideoCues()))
                    .filter(text -> VideoCaptions.fingerprint(text).equals(captions.group(2)));
            if (vtt.isPresent()) {
                byte[] bytes = vtt.get().getBytes(StandardCharsets.UTF_8);
                response.setHeader("Cache-Control", FOR_A_YEAR);
                response.setContentType("text/vtt; charset=UTF-8");
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The whole video, or the one range of bytes a browser asks for (it asks for ranges to play and to seek). */
    private static void sendVideo(GuideVideo video, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", FOR_A_YEAR);
        response.setHeader("Accept-Ranges", "bytes");
        response.setContentType("video/webm");
        // web.xml gives every response UTF-8 for its text; a video has no character encoding.
        response.setCharacterEncoding(null);
        String range = request.getHeader("Range");
        long size = video.size();
        if (range == null) {
            GuideVideo.Range whole = video.range(0, size - 1).orElseThrow();
            response.setContentLength(whole.length());
            whole.writeTo(response.getOutputStream());
            return;
        }
        Matcher asked = RANGE.matcher(range.strip());
        Optional<GuideVideo.Range> part = Optional.empty();
        if (asked.matches() && !(asked.group(1).isEmpty() && asked.group(2).isEmpty())) {
            if (asked.group(1).isEmpty()) {
                part = video.range(Math.max(0, size - Long.parseLong(asked.group(2))), size - 1);
            } else {
                long last = asked.group(2).isEmpty() ? size - 1 : Long.parseLong(asked.group(2));
                part = video.range(Long.parseLong(asked.group(1)), last);
            }
        }
        if (part.isEmpty()) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + part.get().first() + "-" + part.get().last() + "/" + size);
        response.setContentLength(part.get().length());
        part.get().writeTo(response.getOutputStream());
    }
}
