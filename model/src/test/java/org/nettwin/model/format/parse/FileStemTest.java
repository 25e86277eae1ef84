package org.nettwin.model.format.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileStemTest {

    @ParameterizedTest
    @CsvSource({"abilene.xml, abilene", "data/sndlib/geant.txt, geant", "C:\\net\\Kdl.graphml, Kdl", "noext, noext",
        ".hidden, .hidden", "a.b.c, a.b"})
    void stripsFoldersAndTheLastExtension(String name, String stem) {
        assertThat(FileStem.of(name)).isEqualTo(stem);
    }
}
