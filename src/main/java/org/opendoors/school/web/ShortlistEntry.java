package org.opendoors.school.web;

import java.util.List;

/** A school on the printable shortlist: how to reach it, when to visit, and a QR code of its page. */
public record ShortlistEntry(String slug, String name, String address, String phone, List<String> openDays,
                             String profileUrl, String qrPath, int qrSize) {

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public List<String> getOpenDays() {
        return openDays;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public String getQrPath() {
        return qrPath;
    }

    public String getQrViewBox() {
        return "0 0 " + qrSize + " " + qrSize;
    }
}
