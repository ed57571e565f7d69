package uk.mappa.ledger.api.config;

import java.util.Optional;
import java.util.UUID;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.module.blackbird.BlackbirdModule;
import uk.mappa.ledger.api.web.AppendedPositions;
import uk.mappa.ledger.core.ConsultedStreams;
import uk.mappa.ledger.core.LedgerMetaData;
import uk.mappa.ledger.core.agreement.Agreement;
import uk.mappa.ledger.core.agreement.AgreementRegister;
import uk.mappa.ledger.core.agreement.EventSourcedAgreementRegister;
import uk.mappa.ledger.core.agreement.LegislativeChange;
import uk.mappa.ledger.core.arrangement.EventSourcedHandlingArrangements;
import uk.mappa.ledger.core.arrangement.HandlingArrangement;
import uk.mappa.ledger.core.arrangement.HandlingArrangements;
import uk.mappa.ledger.core.body.Body;
import uk.mappa.ledger.core.body.BodyRegister;
import uk.mappa.ledger.core.body.EventSourcedBodyRegister;
import uk.mappa.ledger.core.contact.Post;
import uk.mappa.ledger.core.foi.FoiRequest;
import uk.mappa.ledger.core.minutes.EventSourcedMinutesRequests;
import uk.mappa.ledger.core.minutes.MinutesDecision;
import uk.mappa.ledger.core.minutes.MinutesRequest;
import uk.mappa.ledger.core.minutes.MinutesRequestId;
import uk.mappa.ledger.core.refusal.DeclinedShareRequest;
import uk.mappa.ledger.core.review.CaseReview;
import uk.mappa.ledger.core.review.CaseReviewId;
import uk.mappa.ledger.core.review.CaseReviews;
import uk.mappa.ledger.core.review.EventSourcedCaseReviews;
import uk.mappa.ledger.core.review.ReviewTerms;
import uk.mappa.ledger.core.share.LinkedRecords;
import uk.mappa.ledger.core.share.MinutesDisclosure;
import uk.mappa.ledger.core.share.Share;

/**
 * Wires the Spring-free domain into Axon: the aggregates, the register they consult, and the metadata
 * every event inherits from the command that caused it.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class AxonConfiguration {

    @Bean
    ConfigurerModule ledgerAggregates() {
        return configurer -> configurer
                .configureAggregate(Body.class)
                .configureAggregate(Agreement.class)
                .configureAggregate(LegislativeChange.class)
                .configureAggregate(HandlingArrangement.class)
                .configureAggregate(CaseReview.class)
                .configureAggregate(MinutesRequest.class)
                .configureAggregate(FoiRequest.class)
                .configureAggregate(Post.class)
                .configureAggregate(Share.class)
                .configureAggregate(DeclinedShareRequest.class);
    }

    /**
     * Every read model is fed by one pooled streaming processor, {@value #READ_MODELS}: it reads and decodes each
     * stored event once for all of them, and handles events in batches of up to {@value #PROJECTION_BATCH} in one
     * transaction with one token update (not one commit per event), over {@value #PROJECTION_SEGMENTS} segments
     * that nodes can share. Each read model (its processing group) is still rebuilt and waited for by its own name.
     * A new processor starts at the first stored event as a plain position (not as Axon's replay of everything up
     * to the head, which would weigh every event it catches up on with replay bookkeeping). Each batch keeps the
     * time limit Axon's Spring Boot starter gives it (a warning after 10 s, then every second, interrupted at 60 s);
     * the starter's time limits are off for commands and queries (application.yml, {@code axon.timeout}).
     */
    @Bean
    ConfigurerModule pooledStreamingProjections() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, name) -> new UnitOfWorkTimeoutInterceptor(
                        "EventProcessor " + name, BATCH_TIME_LIMIT_MILLIS, BATCH_WARNING_MILLIS,
                        BATCH_WARNING_INTERVAL_MILLIS))
                .assignProcessingGroup(group -> READ_MODELS)
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder.batchSize(PROJECTION_BATCH)
                        .initialSegmentCount(PROJECTION_SEGMENTS)
                        .initialToken(StreamableMessageSource::createTailToken));
    }

    static final String READ_MODELS = "read-models";
    static final int BATCH_TIME_LIMIT_MILLIS = 60_000;
    static final int BATCH_WARNING_MILLIS = 10_000;
    static final int BATCH_WARNING_INTERVAL_MILLIS = 1_000;

    /**
     * Axon's JPA token store as its Spring Boot starter builds it, naming this node in the claims it makes on the
     * processors' segments by {@code ledger.node-id} when that is set (by default, as Axon names it, the JVM's
     * process id and host). Two nodes must never share a name: each would take the other's claims for its own, and
     * both would process the same segment.
     */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagers, TokenStoreProperties properties,
                          @Value("${ledger.node-id:}") String nodeId) {
        JpaTokenStore.Builder tokens = JpaTokenStore.builder()
                .entityManagerProvider(entityManagers)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout());
        if (!nodeId.isBlank()) {
            tokens.nodeId(nodeId);
        }
        return tokens.build();
    }

    /**
     * Axon's JPA event store as its Spring Boot starter builds it, reading {@value #EVENT_STORE_BATCH} events a query
     * where the starter reads 100: the read models' processor fetches the stream in pages of this size, so catching up
     * on a hundred thousand events is a hundred queries, not a thousand. The events at a token's gaps are read by key
     * ({@link LedgerEventStorageEngine}), which also notes the position of each event a request appends.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          EntityManagerProvider entityManagers, TransactionManager transactions,
                                          AppendedPositions appendedPositions) {
        return new LedgerEventStorageEngine(JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .batchSize(EVENT_STORE_BATCH), appendedPositions);
    }

    static final int EVENT_STORE_BATCH = 1000;

    /**
     * Axon's embedded event store as its Spring Boot starter builds it, except that each stream reads the store on its
     * own, a batch of {@value #EVENT_STORE_BATCH} at a time, rather than following one shared reader. The shared reader
     * read new events ahead, as fast as the database gave them, into a chain a processor lagging behind kept reachable:
     * a million events committed at once held some 226,000 and ran a 512 MB heap out, despite lagging processors being
     * sent to read on their own every 200 ms. Without it the same million were sealed at 29,086 events/s with 226 MB in
     * use at the end, and every other figure of the benchmark met its target (README, Performance, 7 December).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    static final int PROJECTION_BATCH = 500;
    static final int PROJECTION_SEGMENTS = 2;

    /**
     * How Axon's serializer writes and reads events and tokens. Stored tokens are typed polymorphically, and Jackson 3
     * refuses such types unless told which may be read back: only Axon's own classes may, so nothing in a stored
     * token can name any other class to instantiate. Events are decoded with Blackbird, which calls their
     * constructors and accessors through generated lambdas rather than reflection: every read model decodes every
     * event it is fed, so this is on their hot path.
     */
    @Bean
    Jackson3SerializerCustomizer axonTokenTypes() {
        return mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build())
                .addModule(new BlackbirdModule());
    }

    /**
     * The version of the streams the registers below are folded from, so that a command reads it once where it read
     * each register stream it consulted ({@link ConsultedStreamVersions}).
     */
    @Bean
    ConsultedStreamVersions consultedStreams(JdbcTemplate database, EventBus events) {
        return new ConsultedStreamVersions(database, events);
    }

    @Bean
    BodyRegister bodyRegister(EventStore eventStore, ConsultedStreams consulted) {
        return new EventSourcedBodyRegister(eventStore, consulted);
    }

    @Bean
    HandlingArrangements handlingArrangements(EventStore eventStore, ConsultedStreams consulted) {
        return new EventSourcedHandlingArrangements(eventStore, consulted);
    }

    @Bean
    CaseReviews caseReviews(EventStore eventStore, ConsultedStreams consulted) {
        return new EventSourcedCaseReviews(eventStore, consulted);
    }

    @Bean
    EventSourcedMinutesRequests minutesRequests(EventStore eventStore, ConsultedStreams consulted) {
        return new EventSourcedMinutesRequests(eventStore, consulted);
    }

    /** What a share may link to: the registered case reviews and the chairs' decisions on minutes requests. */
    @Bean
    LinkedRecords linkedRecords(CaseReviews caseReviews, EventSourcedMinutesRequests minutesRequests) {
        return new LinkedRecords() {
            @Override
            public Optional<ReviewTerms> caseReview(CaseReviewId id) {
                return caseReviews.find(id);
            }

            @Override
            public Optional<MinutesDisclosure> minutesRequest(UUID id) {
                return minutesRequests.find(new MinutesRequestId(id)).map(MinutesDecision::asDisclosure);
            }
        };
    }

    @Bean
    AgreementRegister agreementRegister(EventStore eventStore, ConsultedStreams consulted) {
        return new EventSourcedAgreementRegister(eventStore, consulted);
    }

    /**
     * Records on each event the message that caused it and the first message of the chain. Axon names
     * the former "correlationId"; the ledger keeps that name for the request's own correlation id, so
     * the causing message goes under "causationId".
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(LedgerMetaData.CAUSATION_ID, LedgerMetaData.TRACE_ID);
    }

    /** Carries who did it, for which body, and the request's correlation id from commands to events. */
    @Bean
    CorrelationDataProvider requestCorrelationProvider() {
        return new SimpleCorrelationDataProvider(LedgerMetaData.USER_ID, LedgerMetaData.USER_NAME,
                LedgerMetaData.BODY_ID,
                LedgerMetaData.CORRELATION_ID);
    }
}
