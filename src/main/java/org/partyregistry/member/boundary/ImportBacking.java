package org.partyregistry.member.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.partyregistry.member.control.MemberImport;
import org.partyregistry.member.control.MemberWorkbook;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.platform.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Importing a roster workbook into one organization ({@code ?organization=}), with progress and an error list. */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberImport importer;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    private List<OrganizationView> choices;

    private Long organizationId;
    private OrganizationView organization;
    private volatile int progress;
    private Integer imported;
    private List<MemberWorkbook.CellError> errors = List.of();
    private byte[] errorWorkbook;

    /** Without an organization parameter a secretary imports into their own organization; others choose one. */
    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId == null) {
            organizationId = currentUser.scope().organizationId();
        }
        if (organizationId != null) {
            organization = FacesActions.attempt(() -> organizations.view(organizationId));
        }
    }

    public void upload(FileUploadEvent event) {
        progress = 0;
        imported = null;
        errors = List.of();
        errorWorkbook = null;
        Messages messages = messages();
        MemberImport.Result result;
        try (InputStream in = event.getFile().getInputStream()) {
            result = FacesActions.attempt(() -> importer.importRoster(organizationId, in, event.getFile().getSize(),
                    messages, percent -> progress = percent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress = 100;
        if (result == null) {
            return;
        }
        if (result.ok()) {
            imported = result.imported();
            FacesActions.info("member_import.imported", result.imported());
        } else {
            errors = result.errors();
            errorWorkbook = MemberWorkbook.errors(messages, errors);
        }
    }

    public StreamedContent getTemplate() {
        Messages messages = messages();
        byte[] bytes = MemberWorkbook.template(messages, organization.name());
        return download(bytes, messages.get("member_workbook.templateFile"));
    }

    public StreamedContent getErrorReport() {
        return download(errorWorkbook, messages().get("member_import.errorsFile"));
    }

    static StreamedContent download(byte[] bytes, String name) {
        return DefaultStreamedContent.builder().name(name + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    private static Messages messages() {
        return Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public Integer getImported() {
        return imported;
    }

    public List<MemberWorkbook.CellError> getErrors() {
        return errors;
    }

    /** The organizations the caller may choose from, parents before children. */
    public List<OrganizationView> getChoices() {
        if (choices == null) {
            choices = organizations.list(false);
        }
        return choices;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public OrganizationView getOrganization() {
        return organization;
    }
}
