package org.opendoors.city.domain;

import java.time.ZoneId;

/** The city that runs the portal. There is one; its districts, stages and calendar are entities of their own. */
public class City {

    /** The single row's key: a portal serves one city. */
    public static final String THE_CITY = "city";

    private String id = THE_CITY;

    private String name;

    /** The language communicators write content in first; the others are translations of it. */
    private String sourceLanguage;

    private String schoolYear;

    /** Where open days happen: calendar files for families' phones need the real instant. */
    private String timeZone;

    private String helpOfficePhone;

    private String helpOfficeEmail;

    private String helpOfficeAddress;

    public City(String name, String sourceLanguage, String schoolYear, String timeZone, String helpOfficePhone,
                String helpOfficeEmail, String helpOfficeAddress) {
        this.name = name;
        this.sourceLanguage = sourceLanguage;
        this.schoolYear = schoolYear;
        this.timeZone = timeZone;
        this.helpOfficePhone = helpOfficePhone;
        this.helpOfficeEmail = helpOfficeEmail;
        this.helpOfficeAddress = helpOfficeAddress;
    }

    public String getName() {
        return name;
    }

    public String getSourceLanguage() {
        return sourceLanguage;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getHelpOfficePhone() {
        return helpOfficePhone;
    }

    public String getHelpOfficeEmail() {
        return helpOfficeEmail;
    }

    public String getHelpOfficeAddress() {
        return helpOfficeAddress;
    }
}
