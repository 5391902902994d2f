package org.opendoors.city.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.City;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.platform.web.Links;

/**
 * The city's family help office as the help box shows it on the home page and at the end of the guide, on screen
 * and on paper: a printed leaflet must carry the phone number and the address, not only the office's name.
 */
@Named
@RequestScoped
public class HelpOffice {

    @Inject
    private CityDirectory directory;

    private City city() {
        return directory.city();
    }

    public String getPhone() {
        return city().getHelpOfficePhone();
    }

    public String getPhoneLink() {
        return Links.tel(city().getHelpOfficePhone());
    }

    public String getEmail() {
        return city().getHelpOfficeEmail();
    }

    public String getAddress() {
        return city().getHelpOfficeAddress();
    }
}
