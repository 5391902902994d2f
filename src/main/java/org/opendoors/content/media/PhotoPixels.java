package org.opendoors.content.media;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Pixel work on photos: scaling, turning upright, and writing JPEG and WebP without any metadata. */
final class PhotoPixels {

    /** The kept photo: high enough that its variants lose nothing a family could see. */
    static final float KEPT_QUALITY = 0.88f;

    private PhotoPixels() {
    }

    /** Scaled down (never up) so that its longest side is at most {@code longest}, in halving steps for sharpness. */
    static BufferedImage fitWithin(BufferedImage image, int longest) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) longest / Math.max(width, height));
        return scaledTo(image, Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** Scaled to a width, keeping the proportions; never enlarged. */
    static BufferedImage toWidth(BufferedImage image, int width) {
        if (width >= image.getWidth()) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        return scaledTo(image, width, height);
    }

    private static BufferedImage scaledTo(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        // Bilinear scaling in steps of at most a half keeps detail that one big bilinear step would skip.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    /** Opaque RGB: transparent parts of a PNG on white, as they would look on the page. */
    static BufferedImage toRgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : draw(image, image.getWidth(), image.getHeight());
    }

    /** The pixels turned as EXIF orientation 1–8 says they are meant to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean sideways = orientation >= 5;
        BufferedImage turned = new BufferedImage(sideways ? height : width, sideways ? width : height,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> turned.setRGB(width - 1 - x, y, rgb);
                    case 3 -> turned.setRGB(width - 1 - x, height - 1 - y, rgb);
                    case 4 -> turned.setRGB(x, height - 1 - y, rgb);
                    case 5 -> turned.setRGB(y, x, rgb);
                    case 6 -> turned.setRGB(height - 1 - y, x, rgb);
                    case 7 -> turned.setRGB(height - 1 - y, width - 1 - x, rgb);
                    default -> turned.setRGB(y, width - 1 - x, rgb);
                }
            }
        }
        return turned;
    }

    /** A progressive JPEG with no metadata but the JFIF header every JPEG has. */
    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(quality);
        parameters.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, parameters, image);
    }

    /** A lossy WebP; fails with {@link LinkageError} where libwebp's bundled library does not load. */
    static byte[] webp(BufferedImage image, float quality) {
        ImageWriter writer = new WebPImageWriterSpi().createWriterInstance(null);
        WebPWriteParam parameters = new WebPWriteParam(Locale.ROOT);
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionType(CompressionType.Lossy);
        parameters.setCompressionQuality(quality);
        return write(writer, parameters, image);
    }

    private static byte[] write(ImageWriter writer, ImageWriteParam parameters, BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
