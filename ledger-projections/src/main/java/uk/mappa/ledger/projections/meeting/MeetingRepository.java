package uk.mappa.ledger.projections.meeting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MeetingRepository extends JpaRepository<MeetingEntity, String>, JpaSpecificationExecutor<MeetingEntity> {

    long countByAgencyAndAttendedFalseAndExplainedFalse(String agency);
}
