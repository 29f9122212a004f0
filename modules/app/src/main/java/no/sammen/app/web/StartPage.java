package no.sammen.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The start page: carries the page a person was going to through the login (the mechanism re-checks it). */
@Named("startPage")
@RequestScoped
public class StartPage {

    public String getReturnTo() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("returnTo");
        String target = requested != null && requested.startsWith("/app/") ? requested : "/app/home.xhtml";
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
