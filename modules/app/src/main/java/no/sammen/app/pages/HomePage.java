package no.sammen.app.pages;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.records.ChildSummary;
import no.sammen.records.Children;

/** The home page: the children the signed-in person is related to. */
@Named("home")
@RequestScoped
public class HomePage {

    @Inject
    Children children;

    private List<ChildSummary> mine;

    public List<ChildSummary> getChildren() {
        if (mine == null) {
            mine = children.mine();
        }
        return mine;
    }
}
