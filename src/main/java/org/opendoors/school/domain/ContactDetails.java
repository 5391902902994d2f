package org.opendoors.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;

@Embeddable
public class ContactDetails {

    @Column(name = "phone", nullable = false, length = 40)
    private String phone;
    @Column(name = "email", nullable = false, length = 200)
    private String email;
    @Column(name = "website", length = 300)
    private String website;

    protected ContactDetails() {
    }

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
