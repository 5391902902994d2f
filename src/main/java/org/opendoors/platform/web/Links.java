package org.opendoors.platform.web;



/** Link targets built from content values. */
public final class Links {

    private Links() {
    }

    /** A {@code tel:} link: digits and a leading plus only, as phones dial it. */
    public static String tel(String phone) {
        return "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
