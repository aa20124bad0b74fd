package org.partyregistry.enterprise.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.enterprise.control.EnterpriseRow;
import org.partyregistry.enterprise.control.EnterpriseSearch;
import org.partyregistry.enterprise.control.EnterpriseService;
import org.partyregistry.enterprise.control.ParkView;
import org.partyregistry.enterprise.entity.Coverage;
import org.partyregistry.platform.ChinaClock;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The enterprises of the zone as of a date, filtered by park, industry and coverage: also the drill-down behind
 * every number of the coverage report (its links carry park, coverage, date and base).
 */
@Named
@ViewScoped
public class EnterpriseListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseService enterprises;

    @Inject
    ChinaClock clock;

    private Long parkId;
    private String industry;
    private Coverage coverage;
    private String text;
    private LocalDate asOf;
    private CoverageBase base = CoverageBase.ALL;
    private List<ParkView> parks;
    private List<String> industries;

    private final LazyDataModel<EnterpriseRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) enterprises.count(search());
        }

        @Override
        public List<EnterpriseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return enterprises.find(search(), first, pageSize);
        }

        @Override
        public String getRowKey(EnterpriseRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public EnterpriseRow getRowData(String rowKey) {
            return null;
        }
    };

    private EnterpriseSearch search() {
        return new EnterpriseSearch(getAsOf(), base, parkId, industry, coverage, text, false);
    }

    public LazyDataModel<EnterpriseRow> getRows() {
        return rows;
    }

    public List<ParkView> getParks() {
        if (parks == null) {
            parks = enterprises.parks();
        }
        return parks;
    }

    public List<String> getIndustries() {
        if (industries == null) {
            industries = enterprises.industries();
        }
        return industries;
    }

    public Coverage[] getCoverages() {
        return Coverage.values();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getParkId() {
        return parkId;
    }

    public void setParkId(Long parkId) {
        this.parkId = parkId;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public void setCoverage(Coverage coverage) {
        this.coverage = coverage;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getAsOf() {
        return asOf == null ? clock.today() : asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public CoverageBase getBase() {
        return base;
    }

    public void setBase(CoverageBase base) {
        this.base = base == null ? CoverageBase.ALL : base;
    }
}
