package org.opendoors.content.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;

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
        byte[] upload = withExif(jpeg(marked(800, 600)), exif());
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
    void aBigPhotoIsKeptAtTheLongestSideFamiliesNeed() throws Exception {
        PreparedPhoto kept = PhotoPreparation.prepare(jpeg(marked(4000, 3000)));

        assertEquals(PhotoPreparation.LONGEST_SIDE, kept.width());
        assertEquals(1800, kept.height());
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

    /** An EXIF block (big-endian TIFF): camera make, artist, orientation 6 and a GPS directory. */
    private static byte[] exif() {
        byte[] make = "SecretCam\0".getBytes(StandardCharsets.US_ASCII);
        byte[] artist = "Parent Name\0".getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int entries = 4;
        int afterIfd0 = ifd0 + 2 + entries * 12 + 4;
        int makeAt = afterIfd0;
        int artistAt = makeAt + make.length;
        int gpsAt = artistAt + artist.length;
        ByteBuffer tiff = ByteBuffer.allocate(gpsAt + 2 + 12 + 4);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(artistAt);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.put(make).put(artist);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    private static byte[] withExif(byte[] jpeg, byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
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
