package org.nettwin.emulator.gnmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;

class GnmiPathsPropertyTest {

    @Provide
    Arbitrary<Path> paths() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcxyz-_:0123456789").ofMinLength(1).ofMaxLength(8)
                .filter(n -> !n.equals("...") && !n.equals("*"));
        Arbitrary<String> values = Arbitraries.strings().withChars("abc/0123]\\=[ .*").ofMaxLength(8);
        Arbitrary<Map<String, String>> keys = Arbitraries.maps(names, values).ofMaxSize(3);
        Arbitrary<PathElem> elems = Combinators.combine(names, keys)
                .as((n, k) -> PathElem.newBuilder().setName(n).putAllKey(k).build());
        return elems.list().ofMinSize(1).ofMaxSize(6).map(l -> Path.newBuilder().addAllElem(l).build());
    }

    @Property
    void renderedPathsParseBack(@ForAll("paths") Path path) {
        assertThat(GnmiPaths.parse(GnmiPaths.render(path))).isEqualTo(path);
    }

    @Property
    void everyPathCoversItselfAndIsCoveredByItsPrefixes(@ForAll("paths") Path path) {
        assertThat(GnmiPaths.covers(path, path)).isTrue();
        for (int n = 0; n <= path.getElemCount(); n++) {
            Path prefix = Path.newBuilder().addAllElem(path.getElemList().subList(0, n)).build();
            assertThat(GnmiPaths.covers(prefix, path)).isTrue();
        }
    }

    @Property
    void wildcardsCoverWhatTheyReplace(@ForAll("paths") Path path) {
        List<PathElem> starred = path.getElemList().stream().map(e -> {
            PathElem.Builder b = PathElem.newBuilder().setName(GnmiPaths.ANY);
            e.getKeyMap().keySet().forEach(k -> b.putKey(k, GnmiPaths.ANY));
            return b.build();
        }).toList();
        Path pattern = Path.newBuilder().addAllElem(starred).build();
        Path anyDepth = Path.newBuilder().addElem(PathElem.newBuilder().setName(GnmiPaths.ANY_DEPTH))
                .addElem(path.getElem(path.getElemCount() - 1)).build();

        assertThat(GnmiPaths.covers(pattern, path)).isTrue();
        assertThat(GnmiPaths.covers(anyDepth, path)).isTrue();
    }

    @Property
    void aDifferentKeyValueIsNotCovered(@ForAll("paths") Path path) {
        for (int i = 0; i < path.getElemCount(); i++) {
            PathElem elem = path.getElem(i);
            if (elem.getKeyCount() > 0) {
                String key = elem.getKeyMap().keySet().iterator().next();
                String other = elem.getKeyMap().get(key) + "~";
                Path changed = path.toBuilder().setElem(i, elem.toBuilder().putKey(key, other)).build();
                assertThat(GnmiPaths.covers(changed, path)).isFalse();
            }
        }
    }
}
