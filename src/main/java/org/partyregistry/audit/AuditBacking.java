package org.partyregistry.audit;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.platform.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Browsing the audit trail: a lazy table (count query + page query) with filters. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQuery audit;

    private String entityType;
    private Long entityId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private List<String> entityTypes;
    private transient AuditText text;

    private final LazyDataModel<AuditView> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(filter());
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            return audit.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditView row) {
            return String.valueOf(row.id());
        }

        @Override
        public AuditView getRowData(String rowKey) {
            return null;
        }
    };

    private AuditQuery.Filter filter() {
        return new AuditQuery.Filter(entityType, entityId, actor, null, from, to);
    }

    public LazyDataModel<AuditView> getEntries() {
        return entries;
    }

    /** The entries' codes and changes in the viewer's language (rule A4). */
    public AuditText getText() {
        if (text == null) {
            text = new AuditText(Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        return text;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = audit.entityTypes();
        }
        return entityTypes;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
