package uk.mappa.ledger.api.config;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Axon's JPA entities map payloads, metadata and tokens as {@code @Lob byte[]}. On PostgreSQL Hibernate
 * would store those as {@code oid} large objects, which live outside the rows, are not removed with
 * them and need their own privileges. Mapping BLOB to plain binary keeps them as {@code bytea} on
 * PostgreSQL ({@code varbinary} on H2), so each event is one row with its bytes in it.
 * Registered through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public class ByteaLobTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
