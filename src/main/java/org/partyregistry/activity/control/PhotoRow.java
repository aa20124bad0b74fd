package org.partyregistry.activity.control;

import java.time.LocalDateTime;
import org.partyregistry.activity.entity.PhotoType;

/** A photo as the list reads it, without its bytes (a typed row: {@code SELECT NEW}). */
public record PhotoRow(Long id, PhotoType type, int size, String uploadedBy, LocalDateTime uploadedAtUtc) {
}
