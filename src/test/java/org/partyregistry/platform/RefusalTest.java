package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    @DisplayName("Every unique key of the migrations (a composite primary key too) names the field it concerns")
    void everyUniqueKeyIsMapped() throws IOException, URISyntaxException {
        Pattern constraint = Pattern.compile("CONSTRAINT\\s+(\\w+)\\s+(UNIQUE|PRIMARY KEY\\s*\\([^)]*,)",
                Pattern.CASE_INSENSITIVE);
        Set<String> keys = new TreeSet<>();
        Path migrations = Path.of(RefusalTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                Matcher matcher = constraint.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1).toLowerCase());
                }
            }
        }
        assertThat(keys).contains("uq_enterprise_credit_code", "pk_activity_attendance");
        assertThat(Refusal.UNIQUE_KEYS.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    @DisplayName("A unique key the database enforced is a 409 on its field, as H2 and PostgreSQL word it, batched too")
    void uniqueKeys() {
        SQLException h2 = new SQLException("Unique index or primary key violation: \"PUBLIC.UQ_ENTERPRISE_CREDIT_CODE_"
                + "INDEX_2 ON PUBLIC.ENTERPRISE(CREDIT_CODE NULLS FIRST) VALUES ( /* 3 */ '91370700X' )\"", "23505");
        BusinessException fromH2 = Refusal.find(new PersistenceException(new RuntimeException(h2)));
        assertThat(fromH2).isInstanceOf(ConflictException.class);
        assertThat(fromH2.status()).isEqualTo(409);
        assertThat(fromH2.field()).isEqualTo("creditCode");
        assertThat(fromH2.key()).isEqualTo("error.duplicate");

        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"uq_dues_year_member\"", "23505"));
        assertThat(Refusal.find(new PersistenceException(batch)).field()).isEqualTo("year");
    }

    @Test
    @DisplayName("A value over its column's size is a 400, on the column's field when the database names it")
    void columnSizes() {
        BusinessException h2 = Refusal.find(new PersistenceException(new SQLException(
                "Value too long for column \"STANDING_START_REASON CHARACTER VARYING(500)\"", "22001")));
        assertThat(h2.status()).isEqualTo(400);
        assertThat(h2.field()).isEqualTo("standingStartReason");
        assertThat(h2.key()).isEqualTo("error.outOfRange");
        BusinessException postgres = Refusal.find(new SQLException("ERROR: numeric field overflow", "22003"));
        assertThat(postgres.status()).isEqualTo(400);
        assertThat(postgres.field()).isNull();
    }

    @Test
    @DisplayName("A business refusal wins over what wraps it; a fault is no refusal")
    void businessFirst() {
        BusinessException inner = BusinessException.onField("employees", "error.notInteger");
        assertThat(Refusal.find(new jakarta.json.bind.JsonbException("wrapped", inner))).isSameAs(inner);
        assertThat(Refusal.find(new jakarta.json.bind.JsonbException("not JSON")).key())
                .isEqualTo("error.malformedJson");
        assertThat(Refusal.find(new IllegalStateException(new SQLException("connection lost", "08006")))).isNull();
        assertThat(Refusal.find(new NullPointerException())).isNull();
    }
}
