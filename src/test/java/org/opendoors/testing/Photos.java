package org.opendoors.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Photos as phones write them: with EXIF that names the camera, the owner, the orientation and a GPS position. */
public final class Photos {

    private Photos() {
    }

    /** The JPEG with an EXIF block added: camera "SecretCam", artist "Parent Name", orientation 6 and a GPS directory. */
    public static byte[] withGpsExif(byte[] jpeg) {
        return withExif(jpeg, exif());
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

}
