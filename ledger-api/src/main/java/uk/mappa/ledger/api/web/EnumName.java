package uk.mappa.ledger.api.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The value, when present, is the name of one of the constants of {@link #value()}. Used instead of
 * binding enums directly so that a wrong value is reported with the others, and with the choices.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumName {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the name against the enum's constants. */
    class Validator implements ConstraintValidator<EnumName, String> {

        private String[] names;

        @Override
        public void initialize(EnumName annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(names).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    "must be one of " + Arrays.stream(names).collect(Collectors.joining(", ")))
                    .addConstraintViolation();
            return false;
        }
    }
}
