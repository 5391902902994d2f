package org.opendoors.sample;

import org.opendoors.content.media.PhotoPreparation;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Draws the sample city's school photos: flat illustrations of a school's building and of one place it has (its
 * garden, library, music room…), never of people, so the sample city shows what photos look like without a real
 * child or a stock picture. Colours and details come from the school's folder name, so every school looks its own
 * and a second run draws the same pictures. Each drawing goes through the same preparation as an upload.
 * <p>
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.opendoors.sample.SamplePhotos
 * -Dexec.args=content}
 */
public final class SamplePhotos {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;
    /** The places drawn, in the order a school's facilities are looked at for its second picture. */
    private static final List<Facility> PLACES = List.of(Facility.GARDEN, Facility.LIBRARY, Facility.MUSIC_ROOM,
            Facility.ART_STUDIO, Facility.SCIENCE_LAB, Facility.OWN_KITCHEN, Facility.SPORTS_HALL,
            Facility.COMPUTER_ROOM, Facility.PLAYGROUND);

    private SamplePhotos() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        SchoolCatalog catalog = ContentFolderReader.read(content, file -> false).part(SchoolCatalog.class);
        for (School school : catalog.schools()) {
            Random random = new Random(school.getSlug().hashCode());
            Path folder = content.resolve("schools").resolve(school.getSlug()).resolve("photos");
            Files.createDirectories(folder);
            write(folder.resolve("building.jpg"), building(random));
            List<Facility> places = PLACES.stream().filter(school.getFacilities()::contains).toList();
            Facility place = places.isEmpty() ? Facility.PLAYGROUND : places.get(Math.floorMod(school.getSlug().hashCode(), places.size()));
            write(folder.resolve(place.code().replace('_', '-') + ".jpg"), place(place, random));
            System.out.println(school.getSlug() + ": building, " + place.code());
        }
    }

    private static void write(Path file, BufferedImage image) throws Exception {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        ImageIO.write(image, "png", drawn);
        Files.write(file, PhotoPreparation.prepare(drawn.toByteArray()).jpeg());
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static Color pick(Random random, Color... colours) {
        return colours[random.nextInt(colours.length)];
    }

    static BufferedImage building(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9FD3F0), 0, HEIGHT, new Color(0xE8F6FD)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 200));
        for (int i = 0; i < 3; i++) {
            int x = 100 + random.nextInt(900);
            int y = 60 + random.nextInt(120);
            g.fill(new Ellipse2D.Double(x, y, 160, 50));
            g.fill(new Ellipse2D.Double(x + 50, y - 25, 110, 60));
        }
        g.setColor(new Color(0x8DBB6A));
        g.fillRect(0, 640, WIDTH, 160);
        g.setColor(new Color(0xBDB6AA));
        g.fillRect(0, 690, WIDTH, 110);
        Color wall = pick(random, new Color(0xF2C58F), new Color(0xE9A384), new Color(0xF4E3B5), new Color(0xCFE0C3),
                new Color(0xD9C6E8), new Color(0xF6D7C3));
        int floors = 2 + random.nextInt(2);
        int top = 640 - floors * 140;
        g.setColor(wall);
        g.fillRect(180, top, 840, floors * 140);
        g.setColor(wall.darker());
        g.fillRect(160, top - 24, 880, 28);
        Color frame = pick(random, new Color(0x2F6B8A), new Color(0x7A4B2A), new Color(0x3E7D4F), new Color(0x5B4E8C));
        for (int floor = 0; floor < floors; floor++) {
            for (int i = 0; i < 6; i++) {
                int x = 215 + i * 135;
                int y = top + 30 + floor * 140;
                if (floor == floors - 1 && (i == 2 || i == 3)) {
                    continue;
                }
                g.setColor(frame);
                g.fillRect(x - 6, y - 6, 92, 82);
                g.setColor(new Color(0xCFE8F5));
                g.fillRect(x, y, 80, 70);
                g.setColor(frame);
                g.fillRect(x + 38, y, 4, 70);
            }
        }
        g.setColor(frame);
        g.fill(new RoundRectangle2D.Double(505, 640 - 120, 190, 120, 30, 30));
        g.setColor(frame.brighter());
        g.fillRect(520, 640 - 105, 75, 105);
        g.fillRect(605, 640 - 105, 75, 105);
        for (int i = 0; i < 2; i++) {
            int x = i == 0 ? 60 + random.nextInt(40) : 1060 + random.nextInt(40);
            g.setColor(new Color(0x7A5230));
            g.fillRect(x + 40, 520, 22, 130);
            g.setColor(pick(random, new Color(0x4E9A4A), new Color(0x5FAE57), new Color(0x3F8A45)));
            g.fill(new Ellipse2D.Double(x - 10, 380, 125, 170));
        }
        g.dispose();
        return image;
    }

    static BufferedImage place(Facility place, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        Color wall = pick(random, new Color(0xF7EEDC), new Color(0xE7F0E4), new Color(0xEAF0F7), new Color(0xF5E6E0));
        g.setColor(wall);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xC9A77C));
        g.fillRect(0, 600, WIDTH, 200);
        switch (place) {
            case GARDEN -> garden(g, random);
            case LIBRARY -> library(g, random);
            case MUSIC_ROOM -> music(g);
            case ART_STUDIO -> art(g, random);
            case SCIENCE_LAB -> lab(g, random);
            case OWN_KITCHEN -> kitchen(g, random);
            case SPORTS_HALL -> hall(g);
            case COMPUTER_ROOM -> computers(g);
            default -> playground(g, random);
        }
        g.dispose();
        return image;
    }

    private static void garden(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xA8DBF5), 0, 450, new Color(0xE5F5FC)));
        g.fillRect(0, 0, WIDTH, 450);
        g.setColor(new Color(0xFFD54F));
        g.fill(new Ellipse2D.Double(980, 60, 120, 120));
        g.setColor(new Color(0x9CCC65));
        g.fillRect(0, 450, WIDTH, 350);
        for (int bed = 0; bed < 3; bed++) {
            int x = 80 + bed * 370;
            g.setColor(new Color(0x8D6E63));
            g.fillRect(x, 540, 320, 90);
            g.setColor(new Color(0x5D4037));
            g.fillRect(x + 10, 530, 300, 30);
            for (int plant = 0; plant < 5; plant++) {
                int px = x + 30 + plant * 60;
                g.setColor(new Color(0x2E7D32));
                g.setStroke(new BasicStroke(6));
                g.drawLine(px, 530, px, 400 + random.nextInt(40));
                g.fill(new Ellipse2D.Double(px - 25, 420 + random.nextInt(30), 50, 30));
                g.setColor(new Color(0xE53935));
                g.fill(new Ellipse2D.Double(px - 12, 460 + random.nextInt(30), 24, 24));
            }
        }
        g.setColor(new Color(0x546E7A));
        g.fillRect(1000, 650, 90, 80);
        g.fillRect(1085, 665, 60, 12);
    }

    private static void library(Graphics2D g, Random random) {
        g.setColor(new Color(0xB3E5FC));
        g.fillRect(860, 120, 260, 300);
        g.setColor(new Color(0x8D6E63));
        g.setStroke(new BasicStroke(12));
        g.drawRect(860, 120, 260, 300);
        for (int shelf = 0; shelf < 2; shelf++) {
            int x = 80 + shelf * 380;
            g.setColor(new Color(0x795548));
            g.fillRect(x, 120, 340, 480);
            for (int row = 0; row < 4; row++) {
                int y = 140 + row * 115;
                g.setColor(new Color(0x5D4037));
                g.fillRect(x + 10, y + 95, 320, 12);
                int bx = x + 18;
                while (bx < x + 310) {
                    int w = 16 + random.nextInt(18);
                    g.setColor(Color.getHSBColor(random.nextFloat(), 0.55f, 0.85f));
                    g.fillRect(bx, y + 20 + random.nextInt(20), w, 75);
                    bx += w + 4;
                }
            }
        }
        g.setColor(new Color(0xE57373));
        g.fill(new Ellipse2D.Double(700, 640, 420, 110));
        for (int i = 0; i < 3; i++) {
            g.setColor(Color.getHSBColor(0.1f + i * 0.25f, 0.5f, 0.95f));
            g.fill(new RoundRectangle2D.Double(760 + i * 110, 620, 90, 60, 30, 30));
        }
    }

    private static void music(Graphics2D g) {
        g.setColor(new Color(0x212121));
        g.fillRect(90, 330, 380, 230);
        g.fillRect(110, 560, 20, 100);
        g.fillRect(430, 560, 20, 100);
        g.setColor(Color.WHITE);
        g.fillRect(100, 470, 360, 60);
        g.setColor(new Color(0x212121));
        for (int key = 0; key < 14; key++) {
            g.fillRect(100 + key * 26, 470, 2, 60);
            if (key % 7 != 2 && key % 7 != 6) {
                g.fillRect(118 + key * 26, 470, 14, 36);
            }
        }
        g.setColor(new Color(0xC62828));
        g.fill(new Ellipse2D.Double(560, 520, 180, 120));
        g.setColor(new Color(0xEEEEEE));
        g.fill(new Ellipse2D.Double(570, 515, 160, 50));
        for (int i = 0; i < 2; i++) {
            int x = 830 + i * 150;
            g.setColor(new Color(0xD4A373));
            g.fill(new Ellipse2D.Double(x, 470, 110, 130));
            g.fill(new Ellipse2D.Double(x + 15, 400, 80, 90));
            g.setColor(new Color(0x5D4037));
            g.fillRect(x + 45, 220, 20, 220);
            g.fill(new Ellipse2D.Double(x + 40, 500, 30, 30));
        }
        g.setColor(new Color(0x1565C0));
        for (int chair = 0; chair < 6; chair++) {
            double angle = Math.PI * chair / 5;
            int x = (int) (600 + Math.cos(angle) * 420);
            int y = (int) (700 + Math.sin(angle) * 40);
            g.fillRect(x - 30, y - 40, 60, 50);
        }
    }

    private static void art(Graphics2D g, Random random) {
        for (int picture = 0; picture < 4; picture++) {
            int x = 90 + picture * 270;
            g.setColor(Color.WHITE);
            g.fillRect(x, 90, 200, 150);
            for (int blob = 0; blob < 4; blob++) {
                g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 0.9f));
                g.fill(new Ellipse2D.Double(x + 15 + random.nextInt(120), 105 + random.nextInt(80), 60, 50));
            }
        }
        for (int easel = 0; easel < 2; easel++) {
            int x = 200 + easel * 480;
            g.setColor(new Color(0x8D6E63));
            g.setStroke(new BasicStroke(14));
            g.drawLine(x + 100, 330, x, 680);
            g.drawLine(x + 100, 330, x + 200, 680);
            g.setColor(Color.WHITE);
            g.fillRect(x + 10, 340, 180, 220);
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.5f, 0.9f));
            g.fill(new Ellipse2D.Double(x + 40, 380, 120, 120));
        }
        for (int pot = 0; pot < 5; pot++) {
            g.setColor(Color.getHSBColor(pot / 5f, 0.75f, 0.9f));
            g.fill(new RoundRectangle2D.Double(980 + (pot % 2) * 70, 620 + (pot / 2) * 45, 60, 40, 12, 12));
        }
    }

    private static void lab(Graphics2D g, Random random) {
        for (int table = 0; table < 2; table++) {
            int y = 430 + table * 150;
            g.setColor(new Color(0x37474F));
            g.fillRect(80, y, 1040, 30);
            g.fillRect(100, y + 30, 20, 110);
            g.fillRect(1080, y + 30, 20, 110);
            for (int flask = 0; flask < 6; flask++) {
                int x = 140 + flask * 160;
                g.setColor(new Color(0xE0F2F1));
                g.fillRect(x + 18, y - 110, 24, 50);
                g.fill(new Ellipse2D.Double(x, y - 75, 60, 75));
                g.setColor(Color.getHSBColor(0.3f + random.nextFloat() * 0.5f, 0.6f, 0.85f));
                g.fill(new Ellipse2D.Double(x + 6, y - 45, 48, 42));
            }
        }
        g.setColor(new Color(0x455A64));
        g.fillRect(960, 240, 40, 120);
        g.fillRect(930, 350, 110, 20);
        g.fill(new Ellipse2D.Double(945, 220, 70, 40));
    }

    private static void kitchen(Graphics2D g, Random random) {
        g.setColor(new Color(0xB0BEC5));
        g.fillRect(60, 420, 1080, 40);
        g.setColor(new Color(0x78909C));
        g.fillRect(60, 460, 1080, 200);
        g.setColor(new Color(0x37474F));
        g.fillRect(140, 360, 420, 60);
        for (int pot = 0; pot < 3; pot++) {
            int x = 150 + pot * 140;
            g.setColor(new Color(0x9E9E9E));
            g.fillRect(x, 250, 120, 110);
            g.setColor(new Color(0x616161));
            g.fillRect(x - 10, 240, 140, 16);
        }
        Color[] vegetables = {new Color(0xE53935), new Color(0xFB8C00), new Color(0x43A047), new Color(0x8E24AA)};
        for (int i = 0; i < 9; i++) {
            g.setColor(vegetables[random.nextInt(vegetables.length)]);
            g.fill(new Ellipse2D.Double(680 + (i % 5) * 80, 350 + (i / 5) * 40, 60, 55));
        }
    }

    private static void hall(Graphics2D g) {
        g.setColor(new Color(0xD7A86E));
        g.fillRect(0, 480, WIDTH, 320);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.drawRect(80, 520, 1040, 250);
        g.drawLine(600, 520, 600, 770);
        g.draw(new Ellipse2D.Double(540, 600, 120, 90));
        g.setColor(new Color(0x424242));
        g.fillRect(580, 130, 40, 350);
        g.setColor(Color.WHITE);
        g.fillRect(480, 110, 240, 150);
        g.setColor(new Color(0xE65100));
        g.setStroke(new BasicStroke(8));
        g.drawRect(560, 180, 80, 60);
        g.draw(new Ellipse2D.Double(555, 255, 90, 22));
        g.setColor(new Color(0x1E88E5));
        g.fillRect(110, 640, 260, 100);
        g.fillRect(830, 640, 260, 100);
    }

    private static void computers(Graphics2D g) {
        g.setColor(new Color(0x263238));
        g.fillRect(350, 70, 500, 260);
        g.setColor(new Color(0x4FC3F7));
        g.fillRect(365, 85, 470, 230);
        for (int row = 0; row < 2; row++) {
            int y = 470 + row * 150;
            g.setColor(new Color(0xA1887F));
            g.fillRect(70, y, 1060, 28);
            for (int screen = 0; screen < 5; screen++) {
                int x = 110 + screen * 210;
                g.setColor(new Color(0x37474F));
                g.fillRect(x, y - 115, 150, 100);
                g.fillRect(x + 65, y - 15, 20, 15);
                g.setColor(new Color(0xB3E5FC));
                g.fillRect(x + 8, y - 107, 134, 84);
            }
        }
    }

    private static void playground(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xA8DBF5), 0, 420, new Color(0xE5F5FC)));
        g.fillRect(0, 0, WIDTH, 420);
        g.setColor(new Color(0xBCAAA4));
        g.fillRect(0, 420, WIDTH, 380);
        g.setColor(new Color(0xE53935));
        g.setStroke(new BasicStroke(16));
        g.drawRect(120, 250, 300, 260);
        g.drawLine(120, 380, 420, 380);
        g.setColor(new Color(0xFDD835));
        g.drawLine(420, 380, 560, 540);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        for (int square = 0; square < 6; square++) {
            g.drawRect(640 + (square % 2) * 90, 700 - (square / 2) * 70, 90, 70);
        }
        for (int tree = 0; tree < 2; tree++) {
            int x = 850 + tree * 180;
            g.setColor(new Color(0x6D4C41));
            g.fillRect(x + 40, 300, 26, 200);
            g.setColor(new Color(0x43A047));
            g.fill(new Ellipse2D.Double(x - 30, 160, 170, 190));
            g.setColor(new Color(0x5D4037));
            g.fillRect(x - 10, 500, 130, 20);
        }
    }
}
