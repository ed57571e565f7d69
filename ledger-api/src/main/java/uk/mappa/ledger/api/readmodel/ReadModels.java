package uk.mappa.ledger.api.readmodel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * The read models by name (each projection's processing group), with the streaming processor that feeds them and
 * their own handlers. Several read models share one processor, which reads and decodes each event once for all of
 * them; a read model is still rebuilt, and waited for, on its own.
 */
@Component
public class ReadModels {

    /**
     * One read model.
     *
     * @param name      its processing group, the name the API and the console use
     * @param processor the processor that feeds it (and others)
     * @param handlers  its own event handlers within that processor
     */
    public record ReadModel(String name, StreamingEventProcessor processor, EventHandlerInvoker handlers) {
    }

    private final EventProcessingConfiguration processing;

    ReadModels(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every read model, by name. */
    public List<ReadModel> all() {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor
                        && processor instanceof AbstractEventProcessor)
                .flatMap(processor -> groups((StreamingEventProcessor) processor,
                        ((AbstractEventProcessor) processor).eventHandlerInvoker()))
                .sorted(Comparator.comparing(ReadModel::name))
                .toList();
    }

    public Optional<ReadModel> named(String name) {
        return all().stream().filter(model -> model.name().equals(name)).findFirst();
    }

    /** A processor's handlers come as one invoker per processing group, each named by its handlers' classes. */
    private static Stream<ReadModel> groups(StreamingEventProcessor processor, EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker several) {
            return several.delegates().stream().flatMap(delegate -> groups(processor, delegate));
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream()
                    .map(handler -> handler instanceof AnnotationEventHandlerAdapter adapter
                            ? AnnotatedElementUtils.findMergedAnnotation(adapter.getTargetType(), ProcessingGroup.class)
                            : null)
                    .filter(group -> group != null).map(ProcessingGroup::value).distinct()
                    .map(group -> new ReadModel(group, processor, invoker));
        }
        return Stream.of(new ReadModel(processor.getName(), processor, invoker));
    }
}
