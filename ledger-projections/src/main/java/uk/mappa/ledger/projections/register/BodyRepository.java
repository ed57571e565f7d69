package uk.mappa.ledger.projections.register;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface BodyRepository extends JpaRepository<BodyEntity, String> {

    List<BodyEntity> findAllByOrderByMappaAreaAscNameAsc();

    /** The register's version (register_version): moved on, in the same transaction, by every change to the table. */
    @Modifying
    @Transactional
    @Query(value = "update register_version set version = version + 1 where id = 1", nativeQuery = true)
    void moveVersionOn();
}
