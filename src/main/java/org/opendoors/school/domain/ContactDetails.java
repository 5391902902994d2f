package org.opendoors.school.domain;

import java.util.Optional;

public class ContactDetails {

    private String phone;
    private String email;
    private String website;

    public ContactDetails(String phone, String email, String website) {
        this.phone = phone;
        this.email = email;
        this.website = website;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Optional<String> getWebsite() {
        return Optional.ofNullable(website);
    }
}
