package org.opendoors.school.web;

/** One choice of a filter as the form shows it: the value sent in the URL, its label, and whether it is chosen. */
public record FilterOption(String value, String label, boolean checked) {

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isChecked() {
        return checked;
    }
}
