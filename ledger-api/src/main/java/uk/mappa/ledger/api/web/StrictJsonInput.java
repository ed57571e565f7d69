package uk.mappa.ledger.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the API accepts in a JSON body beyond its shape, in one place for every request: a text field
 * takes a JSON string only (never a number or boolean quietly turned into one), without control
 * characters other than tab and line breaks, and without the bidirectional overrides that make text read
 * differently from what it says; dates and instants lie between 1900 and 9999, so no value can overflow
 * the database or the arithmetic done with it. Spring's JSON mapper only: the event store's serializer
 * is Axon's own and never sees these rules.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    @Bean
    JacksonModule strictInputModule() {
        return new SimpleModule("ledger-strict-input")
                .addDeserializer(String.class, new Text())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                                                                   BeanDescription.Supplier description,
                                                                   ValueDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        return type == Instant.class || type == LocalDate.class ? new Bounded(deserializer) : deserializer;
                    }
                });
    }

    /** Whether free text is safe to store and show: no control characters but tab and line breaks, no bidi overrides. */
    public static boolean safeText(String text) {
        return text.codePoints().noneMatch(c -> (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }

    /** A value a request may not carry, with the sentence that says why. */
    static final class RefusedValue extends InvalidFormatException {

        private final String reason;

        RefusedValue(JsonParser parser, String reason, Object value, Class<?> type) {
            super(parser, reason, value, type);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static final class Text extends StdDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, "must be a JSON string", null, String.class);
            }
            String text = parser.getString();
            if (!safeText(text)) {
                throw new RefusedValue(parser, "must not contain control characters or bidirectional overrides",
                        null, String.class);
            }
            return text;
        }
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            Instant instant = value instanceof LocalDate date ? date.atStartOfDay().toInstant(ZoneOffset.UTC)
                    : (Instant) value;
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                throw new RefusedValue(parser, "must lie between the years 1900 and 9999", null, handledType());
            }
            return value;
        }
    }
}
