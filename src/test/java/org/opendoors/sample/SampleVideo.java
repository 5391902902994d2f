package org.opendoors.sample;

import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.text.EasyRead;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideEditions;
import org.opendoors.guide.domain.GuideStep;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the sample city's video guide from its easy-read guide: one drawn slide per part (the welcome, each of the
 * six steps, the help office), narrated in Catalan by espeak-ng and put together by ffmpeg as a small WebM (VP9,
 * Opus, 640 × 360), with Debian's own tools and nothing downloaded. The slides carry no words — numbers and
 * pictures only — so the captions, written into every language's guide file from its easy-read lines, are the
 * video's words in each language.
 * <p>
 * Needs {@code apt-get install ffmpeg espeak-ng}. {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendoors.sample.SampleVideo -Dexec.args=content}
 */
public final class SampleVideo {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    /** A pause after each part's narration, so a caption can be read to its end. */
    private static final double PAUSE_SECONDS = 1.0;
    private static final Color ACCENT = new Color(0x0B6B50);

    private SampleVideo() {
    }

    /** One part of the video: its id, what it says in each language (the same lines of the easy-read guide). */
    private record Part(String id, Map<String, String> words) {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        GuideEditions editions = ContentFolderReader.read(content, file -> false).part(GuideEditions.class);
        Guide source = editions.editions().stream().filter(g -> g.getLanguage().equals("ca")).findFirst().orElseThrow();
        List<Part> parts = parts(editions, source);
        Path work = Files.createTempDirectory("opendoors-video");
        List<Double> durations = new ArrayList<>();
        StringBuilder slides = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Path wav = work.resolve(i + ".wav");
            run("espeak-ng", "-v", "ca", "-s", "150", "-w", wav.toString(), parts.get(i).words().get("ca"));
            double seconds = wavSeconds(wav) + PAUSE_SECONDS;
            durations.add(seconds);
            Path png = work.resolve(i + ".png");
            ImageIO.write(slide(i, parts.size()), "png", png.toFile());
            slides.append("file '").append(png).append("'\nduration ").append(String.format(Locale.ROOT, "%.3f", seconds)).append('\n');
        }
        // The concat demuxer shows the last picture only if it is named once more.
        slides.append("file '").append(work.resolve((parts.size() - 1) + ".png")).append("'\n");
        Files.writeString(work.resolve("slides.txt"), slides);
        StringBuilder audio = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Path padded = work.resolve(i + "-padded.wav");
            run("ffmpeg", "-y", "-loglevel", "error", "-i", work.resolve(i + ".wav").toString(), "-af",
                    "apad=whole_dur=" + String.format(Locale.ROOT, "%.3f", durations.get(i)), padded.toString());
            audio.append("file '").append(padded).append("'\n");
        }
        Files.writeString(work.resolve("audio.txt"), audio);
        Path video = content.resolve("guide/video.webm");
        run("ffmpeg", "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", work.resolve("slides.txt").toString(),
                "-f", "concat", "-safe", "0", "-i", work.resolve("audio.txt").toString(),
                "-vf", "scale=640:360,fps=10,format=yuv420p", "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "45",
                "-row-mt", "1", "-g", "100", "-c:a", "libopus", "-b:a", "24k", "-ac", "1", "-map_metadata", "-1",
                "-shortest", video.toString());
        writeCues(content, parts, durations);
        System.out.println("video.webm: " + Files.size(video) + " bytes, " + String.format(Locale.ROOT, "%.1f",
                durations.stream().mapToDouble(Double::doubleValue).sum()) + " s");
    }

    /** The welcome (the easy introduction's first two lines), each step's first two lines, the help office. */
    private static List<Part> parts(GuideEditions editions, Guide source) {
        List<Part> parts = new ArrayList<>();
        parts.add(part(editions, "welcome", guide -> lines(guide.getEasyIntro(), 0, 1)));
        for (GuideStep step : source.getSteps()) {
            parts.add(part(editions, step.getCalendarStep().replace('-', '_'), guide -> guide.getSteps().stream()
                    .filter(s -> s.getCalendarStep().equals(step.getCalendarStep())).findFirst()
                    .map(s -> lines(s.getEasy(), 0, 1)).orElseThrow()));
        }
        parts.add(part(editions, "help", guide -> lines(guide.getEasyIntro(), 2, 4)));
        return parts;
    }

    private static Part part(GuideEditions editions, String id, java.util.function.Function<Guide, String> words) {
        Map<String, String> byLanguage = new TreeMap<>();
        editions.editions().forEach(guide -> byLanguage.put(guide.getLanguage(), words.apply(guide)));
        return new Part(id, byLanguage);
    }

    private static String lines(String easy, int... indexes) {
        List<String> lines = EasyRead.lines(easy);
        List<String> chosen = new ArrayList<>();
        for (int index : indexes) {
            chosen.add(lines.get(index));
        }
        return String.join(" ", chosen);
    }

    /** Each language's guide file gets the captions; the source's with the times. */
    private static void writeCues(Path content, List<Part> parts, List<Double> durations) throws IOException {
        for (String language : parts.get(0).words().keySet()) {
            Path file = content.resolve("guide/" + language + ".yaml");
            StringBuilder cues = new StringBuilder("video:\n  cues:\n");
            double start = 0;
            for (int i = 0; i < parts.size(); i++) {
                double end = start + durations.get(i);
                cues.append("    - id: ").append(parts.get(i).id()).append('\n');
                if (language.equals("ca")) {
                    cues.append(String.format(Locale.ROOT, "      start: %.1f%n      end: %.1f%n", start, end - 0.2));
                }
                cues.append("      text: ").append(quoted(parts.get(i).words().get(language))).append('\n');
                start = end;
            }
            String text = Files.readString(file);
            int video = text.indexOf("\nvideo:\n");
            Files.writeString(file, (video < 0 ? text : text.substring(0, video + 1)) + cues);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** 16-bit mono PCM from espeak-ng: the length of its data over its byte rate. */
    private static double wavSeconds(Path wav) throws IOException {
        byte[] header = Files.readAllBytes(wav);
        int byteRate = (header[28] & 0xFF) | (header[29] & 0xFF) << 8 | (header[30] & 0xFF) << 16 | (header[31] & 0xFF) << 24;
        return (header.length - 44) / (double) byteRate;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    /** Slide {@code index} of {@code count}: a number and a picture, no words. */
    static BufferedImage slide(int index, int count) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF2F6F4), 0, HEIGHT, new Color(0xDCEBE4)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // The steps so far, as dots along the bottom: where the family is in the journey.
        for (int dot = 0; dot < count; dot++) {
            g.setColor(dot <= index ? ACCENT : new Color(0xB8CCC3));
            g.fill(new Ellipse2D.Double(WIDTH / 2.0 - count * 22 + dot * 44, HEIGHT - 70, 24, 24));
        }
        if (index > 0 && index < count - 1) {
            g.setColor(ACCENT);
            g.fill(new Ellipse2D.Double(110, 200, 260, 260));
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 170));
            String number = String.valueOf(index);
            int width = g.getFontMetrics().stringWidth(number);
            g.drawString(number, 240 - width / 2, 395);
        }
        g.translate(index > 0 && index < count - 1 ? 520 : 340, 130);
        switch (index == 0 ? "welcome" : index == count - 1 ? "help" : String.valueOf(index)) {
            case "welcome" -> school(g);
            case "1" -> door(g);
            case "2" -> form(g);
            case "3" -> list(g);
            case "4" -> question(g);
            case "5" -> school(g);
            case "6" -> form(g);
            default -> phone(g);
        }
        g.dispose();
        return image;
    }

    private static void school(Graphics2D g) {
        g.setColor(new Color(0xF2C58F));
        g.fillRect(60, 120, 480, 300);
        g.setColor(new Color(0xC9864F));
        g.fillPolygon(new int[] {30, 300, 570}, new int[] {130, 10, 130}, 3);
        g.setColor(new Color(0x2F6B8A));
        for (int i = 0; i < 4; i++) {
            g.fillRect(100 + i * 110, 170, 70, 70);
        }
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(250, 300, 100, 120, 20, 20));
    }

    private static void door(Graphics2D g) {
        g.setColor(new Color(0x8D6E63));
        g.fillRect(150, 30, 300, 420);
        g.setColor(new Color(0xFFF3E0));
        g.fillPolygon(new int[] {150, 330, 330, 150}, new int[] {30, 70, 490, 450}, 4);
        g.setColor(ACCENT);
        g.fill(new Ellipse2D.Double(290, 250, 26, 26));
    }

    private static void form(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(120, 0, 340, 450, 24, 24));
        g.setColor(new Color(0x90A4AE));
        for (int line = 0; line < 6; line++) {
            g.fillRect(170, 60 + line * 60, 240, 14);
        }
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(420, 470, 560, 250);
    }

    private static void list(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(100, 0, 420, 460, 24, 24));
        for (int row = 0; row < 5; row++) {
            g.setColor(ACCENT);
            g.fill(new Ellipse2D.Double(140, 40 + row * 85, 40, 40));
            g.setColor(new Color(0x90A4AE));
            g.fillRect(210, 52 + row * 85, 270, 16);
        }
    }

    private static void question(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(60, 20, 480, 330, 60, 60));
        g.fillPolygon(new int[] {160, 260, 140}, new int[] {340, 340, 450}, 3);
        g.setColor(new Color(0xE65100));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 220));
        g.drawString("!", 265, 270);
    }

    private static void phone(Graphics2D g) {
        g.setColor(new Color(0x37474F));
        g.fill(new RoundRectangle2D.Double(180, 0, 240, 460, 40, 40));
        g.setColor(new Color(0xB3E5FC));
        g.fillRect(200, 40, 200, 340);
        g.setColor(ACCENT);
        g.fill(new Ellipse2D.Double(270, 395, 60, 50));
    }
}
