package org.nettwin.emulator.gnmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.gnmi.proto.Path;

class GnmiPathsTest {

    private static final String IN_OCTETS = "/interfaces/interface[name=Gi0/0/1]/state/counters/in-octets";

    @Test
    void parsesKeysWithSlashesAndEscapes() {
        Path path = GnmiPaths.parse("/a/b[k=x\\]y][j=p/q]/c");

        assertThat(path.getElemList()).hasSize(3);
        assertThat(path.getElem(1).getName()).isEqualTo("b");
        assertThat(path.getElem(1).getKeyMap()).isEqualTo(Map.of("k", "x]y", "j", "p/q"));
        assertThat(GnmiPaths.render(path)).isEqualTo("/a/b[j=p/q][k=x\\]y]/c");
    }

    @Test
    void parsesTheRootAndATrailingSlash() {
        assertThat(GnmiPaths.parse("/").getElemCount()).isZero();
        assertThat(GnmiPaths.parse("").getElemCount()).isZero();
        assertThat(GnmiPaths.parse("/a/b/").getElemCount()).isEqualTo(2);
        assertThat(GnmiPaths.render(Path.getDefaultInstance())).isEqualTo("/");
    }

    @Test
    void refusesMalformedPathsNamingThem() {
        assertThatThrownBy(() -> GnmiPaths.parse("a/b")).hasMessage("path 'a/b' does not start with '/'");
        assertThatThrownBy(() -> GnmiPaths.parse("/a//b")).hasMessage("path '/a//b': empty element name at column 4");
        assertThatThrownBy(() -> GnmiPaths.parse("/a[k=v")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> GnmiPaths.parse("/a[kv]")).hasMessageContaining("'='");
        assertThatThrownBy(() -> GnmiPaths.parse("/a[k=1][k=2]")).hasMessageContaining("repeated");
        assertThatThrownBy(() -> GnmiPaths.parse("/a[k=1]x")).hasMessageContaining("expected '/'");
    }

    @Test
    void coversSubtreesWildcardsAndMissingKeys() {
        Path leaf = GnmiPaths.parse(IN_OCTETS);

        assertThat(GnmiPaths.covers(GnmiPaths.parse("/"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/interface/state"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/interface[name=*]/state"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/interface[name=Gi0/0/1]"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/*/state/counters"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/.../in-octets"), leaf)).isTrue();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/.../counters/in-octets"), leaf)).isTrue();

        assertThat(GnmiPaths.covers(GnmiPaths.parse("/interfaces/interface[name=Gi0/0/2]"), leaf)).isFalse();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/qos"), leaf)).isFalse();
        assertThat(GnmiPaths.covers(GnmiPaths.parse(IN_OCTETS + "/deeper"), leaf)).isFalse();
        assertThat(GnmiPaths.covers(GnmiPaths.parse("/.../out-octets"), leaf)).isFalse();
    }

    @Test
    void joinsAPrefixAndAPath() {
        Path prefix = Path.newBuilder(GnmiPaths.parse("/interfaces")).setTarget("r1").setOrigin("openconfig").build();

        Path joined = GnmiPaths.join(prefix, GnmiPaths.parse("/interface[name=eth0]/state"));

        assertThat(GnmiPaths.render(joined)).isEqualTo("/interfaces/interface[name=eth0]/state");
        assertThat(joined.getTarget()).isEqualTo("r1");
        assertThat(joined.getOrigin()).isEqualTo("openconfig");
    }
}
