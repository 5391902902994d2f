package org.opendoors.content.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.opendoors.testing.Photos;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoPreparationTest {

    @Test
    void keepsOnlyThePixelsTurnedUpright() throws Exception {
        // A phone photo 800 × 600 taken sideways (orientation 6: turn 90° clockwise), with a camera, an owner's name
        // and the GPS position of the school in its EXIF; a red mark in its top-left corner.
        byte[] upload = Photos.withGpsExif(jpeg(marked(800, 600)));
        assertEquals(6, PhotoPreparation.exifOrientation(upload), "the test photo carries its EXIF");

        PreparedPhoto kept = PhotoPreparation.prepare(upload);

        assertEquals(600, kept.width());
        assertEquals(800, kept.height());
        String bytes = new String(kept.jpeg(), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif"), "EXIF survived");
        assertFalse(bytes.contains("SecretCam") || bytes.contains("Parent Name"), "camera or owner survived");
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept.jpeg()));
        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), "a GPS position survived");
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(kept.jpeg()));
        assertTrue(isRed(seen.getRGB(seen.getWidth() - 10, 10)), "turned clockwise, the top-left mark is top right");
        assertFalse(isRed(seen.getRGB(10, 10)));
        assertEquals(PhotoPreparation.sha256(kept.jpeg()), kept.sha256());
    }

    @Test
    void aPreparedPhotoIsOneThePortalKeepsAndAPhotoWithMetadataAnywhereIsNot() throws Exception {
        PreparedPhoto prepared = PhotoPreparation.prepare(Photos.withGpsExif(jpeg(marked(800, 600))));

        KeptPhoto kept = KeptPhoto.check(prepared.jpeg());
        assertEquals(600, kept.width());
        assertEquals(prepared.sha256(), kept.sha256());

        String withExif = assertThrows(PhotoRefusedException.class,
                () -> KeptPhoto.check(Photos.withGpsExif(jpeg(marked(800, 600))))).getMessage();
        assertTrue(withExif.contains("EXIF or XMP, with GPS position"), withExif);
        // A comment hidden between the scans of a progressive JPEG, where a reader of the header never looks.
        byte[] clean = prepared.jpeg();
        byte[] comment = {(byte) 0xFF, (byte) 0xFE, 0, 7, 'G', 'P', 'S', '!', '!'};
        byte[] hidden = new byte[clean.length + comment.length];
        System.arraycopy(clean, 0, hidden, 0, clean.length - 2);
        System.arraycopy(comment, 0, hidden, clean.length - 2, comment.length);
        System.arraycopy(clean, clean.length - 2, hidden, clean.length - 2 + comment.length, 2);
        String refusal = assertThrows(PhotoRefusedException.class, () -> KeptPhoto.check(hidden)).getMessage();
        assertTrue(refusal.contains("a comment"), refusal);
        byte[] cmyk = clean.clone();
        for (int i = 2; i < cmyk.length - 10; i++) {
            if ((cmyk[i] & 0xFF) == 0xFF && ((cmyk[i + 1] & 0xFF) == 0xC0 || (cmyk[i + 1] & 0xFF) == 0xC2)) {
                cmyk[i + 9] = 4;
                break;
            }
        }
        String printer = assertThrows(PhotoRefusedException.class, () -> KeptPhoto.check(cmyk)).getMessage();
        assertTrue(printer.contains("CMYK"), printer);
        String big = assertThrows(PhotoRefusedException.class, () -> KeptPhoto.check(jpeg(marked(2000, 1000)))).getMessage();
        assertTrue(big.contains("2000 × 1000") && big.contains("back office"), big);
    }

    @Test
    void aBigPhotoIsKeptAtTheLongestSideFamiliesNeed() throws Exception {
        PreparedPhoto kept = PhotoPreparation.prepare(jpeg(marked(4000, 3000)));

        assertEquals(PhotoPreparation.LONGEST_SIDE, kept.width());
        assertEquals(1200, kept.height());
    }

    @Test
    void aTransparentPngIsKeptOnWhiteAsAJpeg() throws Exception {
        BufferedImage transparent = new BufferedImage(600, 500, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(transparent, "png", png);

        PreparedPhoto kept = PhotoPreparation.prepare(png.toByteArray());

        assertEquals(ImageType.JPEG, ImageType.sniff(kept.jpeg()).orElseThrow());
        int pixel = ImageIO.read(new ByteArrayInputStream(kept.jpeg())).getRGB(300, 250) & 0xFFFFFF;
        assertTrue(pixel > 0xF0F0F0, Integer.toHexString(pixel));
    }

    @Test
    void aFileThatIsNoPhotoIsRefusedWhateverItsName() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(refusal(svg).contains("a text file (SVG, HTML or XML)"), refusal(svg));
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        assertTrue(refusal(heic).contains("HEIC"), refusal(heic));
        byte[] cut = java.util.Arrays.copyOf(jpegUnchecked(marked(800, 600)), 300);
        assertTrue(refusal(cut).contains("cannot be read"), refusal(cut));
    }

    @Test
    void aPhotoThatWouldUnpackIntoGigabytesIsRefusedUnread() {
        // 30,000 × 30,000 pixels declared by a file of a few dozen bytes: 3.6 GB once decoded.
        byte[] bomb = pngHeader(30_000, 30_000);

        String refusal = refusal(bomb);

        assertTrue(refusal.contains("30000 × 30000 pixels") && refusal.contains("50 megapixels"), refusal);
    }

    @Test
    void tooManyBytesAndTooFewPixelsAreRefused() {
        assertTrue(refusal(new byte[PhotoPreparation.MOST_BYTES + 1]).contains("at most 15.0 MB"));
        String tiny = refusal(jpegUnchecked(marked(300, 200)));
        assertTrue(tiny.contains("at least 400 pixels"), tiny);
    }

    @Test
    void variantsComeInEachWidthAsWebpAndJpeg() throws Exception {
        PreparedPhoto kept = PhotoPreparation.prepare(jpeg(marked(2000, 1500)));

        byte[] webp = PhotoVariants.variant(kept.jpeg(), 480, PhotoVariants.Format.WEBP);
        byte[] jpeg = PhotoVariants.variant(kept.jpeg(), 480, PhotoVariants.Format.JPEG);

        assertTrue(PhotoVariants.webpAvailable(), "libwebp loads on the machines the portal is built for");
        assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(webp, 4));
        assertArrayEquals("WEBP".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(webp, 8, 12));
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth());
        assertThrows(IllegalArgumentException.class, () -> PhotoVariants.variant(kept.jpeg(), 123, PhotoVariants.Format.JPEG));
    }

    private static String refusal(byte[] upload) {
        return assertThrows(PhotoRefusedException.class, () -> PhotoPreparation.prepare(upload)).getMessage();
    }

    private static BufferedImage marked(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2E7D32));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 8, height / 8);
        graphics.dispose();
        return image;
    }

    private static boolean isRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static byte[] jpegUnchecked(BufferedImage image) {
        try {
            return jpeg(image);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }
}
