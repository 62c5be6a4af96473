package org.transferhub.needs;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request field holding a code of an enum, validated as a string so that an unknown code is a
 * validation error naming the field (Jackson would only say "cannot read the body"). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnumCode.Validator.class)
public @interface EnumCode {

    Class<? extends Enum<?>> value();

    String message() default "is not a known code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumCode, String> {

        private Set<String> codes;

        @Override
        public void initialize(EnumCode annotation) {
            codes = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || codes.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is not one of " + codes.stream().sorted().toList())
                    .addConstraintViolation();
            return false;
        }
    }
}
