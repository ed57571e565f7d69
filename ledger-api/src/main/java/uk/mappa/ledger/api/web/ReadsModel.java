package uk.mappa.ledger.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read answered from read models (projections), by name: a request that carries the
 * {@code Ledger-Position} of an earlier write is answered only once those models have reached it. Reads
 * without it are answered from the events themselves and are always current.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsModel {

    String[] value();
}
