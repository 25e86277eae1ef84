package org.nettwin.model.format.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void cutsLongRunsAndControlCharactersButKeepsOrdinaryMessages() {
        assertThat(Excerpt.message("link L3 references unknown node X9")).isEqualTo("link L3 references unknown node X9");
        assertThat(Excerpt.message("id " + "x".repeat(100) + " bad")).isEqualTo("id " + "x".repeat(60) + "... bad");
        assertThat(Excerpt.message("a\nb\u0000c")).isEqualTo("a b c");
        assertThat(Excerpt.message("word ".repeat(500))).hasSizeLessThanOrEqualTo(Excerpt.MAX_MESSAGE + 3);
    }
}
