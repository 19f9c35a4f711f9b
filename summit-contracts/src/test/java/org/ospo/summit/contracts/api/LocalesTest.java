package org.ospo.summit.contracts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page's language: the reader's choice, then the invitation's, then Accept-Language, then Chinese. */
class LocalesTest {
    @ParameterizedTest(name = "lang={0} invitation={1} Accept-Language={2} → {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "en|zh-CN|zh-CN|en",
                "zh-CN|en|en|zh-CN",
                "fr|en|zh-CN|en",
                "-|en|zh-CN,zh;q=0.9|en",
                "-|zh-CN|en-US|zh-CN",
                "-|-|en-US,en;q=0.9|en",
                "-|-|en-GB|en",
                "-|-|zh-TW,zh;q=0.8,en;q=0.5|zh-CN",
                "-|-|zh-Hans-CN|zh-CN",
                "-|-|de-DE,en;q=0.7|en",
                "-|-|de-DE,fr;q=0.7|zh-CN",
                "-|-|*|zh-CN",
                "-|-|en;q=0,zh;q=0.1|zh-CN",
                "-|-|;;;not a header|zh-CN",
                "-|-|-|zh-CN"
            })
    void picks(String chosen, String invitation, String acceptLanguage, String expected) {
        assertEquals(expected, Locales.pick(chosen, invitation, acceptLanguage));
    }
}
