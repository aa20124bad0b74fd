package org.partyregistry.enterprise.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.enterprise.entity.Coverage;

/** An enterprise in a list, with its coverage on the list's date (null when it was not operating then). */
public record EnterpriseRow(Long id, String name, String creditCode, Long parkId, String park, String industry,
                            int employees, LocalDate foundedOn, LocalDate closedOn, Coverage coverage)
                                    implements Serializable {

    /** For the result mapping {@code EnterpriseRow} (META-INF/orm.xml); the coverage as the SQL gives it. */
    public EnterpriseRow(Long id, String name, String creditCode, Long parkId, String park, String industry,
                         Integer employees, LocalDate foundedOn, LocalDate closedOn, String coverage) {
        this(id, name, creditCode, parkId, park, industry, employees.intValue(), foundedOn, closedOn,
                coverage == null ? null : Coverage.valueOf(coverage.trim()));
    }
}
