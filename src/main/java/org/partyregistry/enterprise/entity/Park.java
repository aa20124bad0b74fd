package org.partyregistry.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.PlainText;

/** An industrial park of the zone; reference data every signed-in role may read. */
@Entity
@Table(name = "park")
public class Park extends BaseEntity {

    public static final int NAME_MAX = 100;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX, unique = true)
    private String name;

    protected Park() {
    }

    public Park(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("name", "park.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw BusinessException.onField("name", "park.nameTooLong", NAME_MAX);
        }
        this.name = trimmed;
    }

    public String getName() {
        return name;
    }
}
