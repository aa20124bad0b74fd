package org.partyregistry.organization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partyregistry.organization.control.SizeWarning;
import org.partyregistry.organization.control.SizeWarningService;

/** The home page's card of organizations grown past the size of their level (rule O15), read once a request. */
@Named
@RequestScoped
public class SizeWarningsBacking {

    @Inject
    SizeWarningService service;

    private List<SizeWarning> warnings;

    public List<SizeWarning> getWarnings() {
        if (warnings == null) {
            warnings = service.warnings();
        }
        return warnings;
    }
}
