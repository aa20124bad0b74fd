package org.partyregistry.platform;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Native SQL read as typed rows on the transaction's connection, each row made from the result set by the caller
 * (a record), never handed round as {@code Object[]}: for a feature that counts another feature's tables without
 * naming its entities (the brands count activities). Pending changes are flushed first, as a native query would.
 */
public final class NativeRows {

    /** Makes one typed row from the result set's current row. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private NativeRows() {
    }

    /** Every row of {@code sql}, its {@code ?} bound to {@code parameters} in order. */
    public static <T> List<T> list(EntityManager em, String sql, Reader<T> reader, Object... parameters) {
        return list(em, sql, 0, reader, parameters);
    }

    /** At most {@code maxRows} rows of {@code sql} (0: all). */
    public static <T> List<T> list(EntityManager em, String sql, int maxRows, Reader<T> reader,
                                   Object... parameters) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
            }
            statement.setMaxRows(maxRows);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the rows of a native query: " + e.getMessage(), e);
        }
    }

    /** A {@code DATE} column as a day, or null. */
    public static LocalDate day(ResultSet row, int column) throws SQLException {
        java.sql.Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
