package uk.mappa.ledger.projections.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<MeetingEntity, String> {

    List<MeetingEntity> findAllByOrderByMeetingAtDesc();

    long countByAgencyAndAttendedFalseAndExplainedFalse(String agency);
}
