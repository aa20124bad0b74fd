package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.ActivityView;
import org.partyregistry.platform.FacesActions;

/** One activity: its details, validity, attendance and photos. */
@Named
@ViewScoped
public class ActivityDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    private Long id;
    private ActivityView activity;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        activity = FacesActions.attempt(() -> activities.view(id,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public boolean isLoaded() {
        return activity != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityView getActivity() {
        return activity;
    }
}
