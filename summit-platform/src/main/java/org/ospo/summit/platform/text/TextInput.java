package org.ospo.summit.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from a JSON body is checked for {@link ControlCharacters}, and must be a JSON string (Jackson
 * would quietly turn {@code 12345} or {@code true} into text): one rule for every text field of every request,
 * present and future. A violation is an {@link InvalidFormatException}, which the problem mappers answer as a 400
 * naming the field.
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("summit-text-input").addDeserializer(String.class, new Checked()));
    }

    /** the field's string contained a control character */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser parser, String value) {
            super(parser, ControlCharacters.MESSAGE, value, String.class);
        }
    }

    static final class Checked extends StdScalarDeserializer<String> {
        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != null
                    && token.isScalarValue()
                    && token != JsonToken.VALUE_STRING
                    && token != JsonToken.VALUE_NULL) {
                throw InvalidFormatException.from(parser, "must be a string", parser.getText(), String.class);
            }
            String value = StringDeserializer.instance.deserialize(parser, ctxt);
            if (value != null && ControlCharacters.present(value)) {
                throw new ControlCharacterException(parser, value);
            }
            return value;
        }
    }
}
