package uk.mappa.ledger.projections;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A read-model row whose projection knows when it is new: saving one marked new inserts it without first looking
 * for it (a merge would read it back first, one query a row); once stored or loaded, saving it writes the change.
 * For rows an event creates and no earlier event can have stored (an audit entry, a recorded share's copies).
 */
@MappedSuperclass
public abstract class InsertedWhenNew<K> implements Persistable<K> {

    @Transient
    private boolean fresh;

    /** Marks the row as one the read model has not stored yet. */
    protected void markNew(boolean isNew) {
        this.fresh = isNew;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    protected void stored() {
        fresh = false;
    }
}
