package uk.mappa.ledger.projections.contact;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<PostEntity, String> {

    List<PostEntity> findAllByOrderByBodyAscRoleAscTitleAsc();

    List<PostEntity> findByBodyInOrderByBodyAscRoleAscTitleAsc(Collection<String> bodies);
}
