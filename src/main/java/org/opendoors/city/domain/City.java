package org.opendoors.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.ZoneId;

/** The city that runs the portal. There is one; its districts, stages and calendar are entities of their own. */
@Entity
@Table(name = "city")
public class City {

    /** The single row's key: a portal serves one city. */
    public static final String THE_CITY = "city";

    @Id
    @Column(name = "id", length = 40)
    private String id = THE_CITY;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The language communicators write content in first; the others are translations of it. */
    @Column(name = "source_language", nullable = false, length = 16)
    private String sourceLanguage;

    @Column(name = "school_year", nullable = false, length = 40)
    private String schoolYear;

    /** Where open days happen: calendar files for families' phones need the real instant. */
    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "help_phone", nullable = false, length = 40)
    private String helpOfficePhone;

    @Column(name = "help_email", nullable = false, length = 200)
    private String helpOfficeEmail;

    @Column(name = "help_address", nullable = false, length = 300)
    private String helpOfficeAddress;

    protected City() {
    }

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
