package org.ospo.summit.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one text rule of every JSON body: a JSON string, no control characters but tab and line breaks. */
class TextInputTest {
    record Form(String name, List<String> problems) {}

    private final ObjectMapper json = new ObjectMapper();

    TextInputTest() {
        new TextInput().customize(json);
    }

    @Test
    void textNullsAndLineBreaksPass() throws Exception {
        Form form = json.readValue("{\"name\": \"李雷\\tOSPO\\r\\nlead\", \"problems\": [\"a\", null]}", Form.class);
        assertEquals("李雷\tOSPO\r\nlead", form.name());
        assertNull(json.readValue("{\"name\": null}", Form.class).name());
        assertNull(form.problems().get(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"a\\u0000b\"}",
                "{\"name\": \"bell\\u0007\"}",
                "{\"name\": \"\\u001b[31m\"}",
                "{\"name\": \"\\u0085\"}",
                "{\"problems\": [\"ok\", \"nul\\u0000\"]}",
                "{\"name\": 12345}",
                "{\"name\": true}",
                "{\"problems\": [1]}"
            })
    void controlCharactersAndOtherTypesAreRefusedNamingTheField(String body) {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> json.readValue(body, Form.class));
        assertEquals(
                body.contains("problems") ? "problems" : "name",
                e.getPath().get(0).getFieldName());
    }
}
