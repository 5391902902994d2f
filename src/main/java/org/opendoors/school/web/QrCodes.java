package org.opendoors.school.web;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as an SVG path, so a printed shortlist leads a phone back to the school's page. */
final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** One path of unit squares, in a viewBox of the code's size plus the quiet zone. */
    static String svgPath(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return path.toString();
    }

    static int viewBoxSize(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM).size + 2 * QUIET_ZONE;
    }
}
