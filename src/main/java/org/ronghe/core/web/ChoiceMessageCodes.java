package org.ronghe.core.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.DefaultMessageCodesResolver;

/**
 * Spring's message codes, and for a value the binder could not read into a choice (an enum, or a record picked by its
 * id: a field named {@code …Id}) also {@value #CHOICE} just before the bare {@code typeMismatch}. A stale or tampered
 * option of any list then reads "choose one of the options listed", with no key per enum or per form.
 */
final class ChoiceMessageCodes extends DefaultMessageCodesResolver {

    static final String CHOICE = "typeMismatch.choice";
    private static final String TYPE_MISMATCH = "typeMismatch";

    @Override
    public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
        String[] codes = super.resolveMessageCodes(errorCode, objectName, field, fieldType);
        if (!TYPE_MISMATCH.equals(errorCode) || !isChoice(field, fieldType)) {
            return codes;
        }
        List<String> withChoice = new ArrayList<>(Arrays.asList(codes));
        int bare = withChoice.indexOf(TYPE_MISMATCH);
        withChoice.add(bare < 0 ? withChoice.size() : bare, CHOICE);
        return withChoice.toArray(String[]::new);
    }

    private static boolean isChoice(String field, Class<?> fieldType) {
        return fieldType != null && fieldType.isEnum() || field != null && field.endsWith("Id");
    }
}
