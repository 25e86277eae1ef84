package org.nettwin.telemetry.gnmi.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.gnmi.proto.Decimal64;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;
import org.nettwin.telemetry.gnmi.proto.ScalarArray;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

class NotificationConverterTest {

    private static final long TS = 1_700_000_000_123_456_789L;

    static Path path(String text) {
        return PathText.parse(text);
    }

    static Update update(String path, TypedValue value) {
        return Update.newBuilder().setPath(path(path)).setVal(value).build();
    }

    private static Notification richNotification() {
        Path prefix = Path.newBuilder(path("/interfaces/interface[name=Gi0/0/1]")).setTarget("r1")
                .setOrigin("openconfig").build();
        return Notification.newBuilder().setTimestamp(TS).setPrefix(prefix)
                .addUpdate(update("/state/counters/in-octets", TypedValue.newBuilder().setUintVal(-1L).build()))
                .addUpdate(update("/state/counters/out-octets", TypedValue.newBuilder()
                        .setUintVal(Long.MIN_VALUE + 12345).build()))
                .addUpdate(update("/state/oper-status", TypedValue.newBuilder().setStringVal("UP").build()))
                .addUpdate(update("/state/enabled", TypedValue.newBuilder().setBoolVal(true).build()))
                .addUpdate(update("/state/gauge", TypedValue.newBuilder().setDoubleVal(0.1 + 0.2).build()))
                .addUpdate(update("/state/float", TypedValue.newBuilder().setFloatVal(0.1f).build()))
                .addUpdate(update("/state/int", TypedValue.newBuilder().setIntVal(-42).build()))
                .addUpdate(update("/state/ascii", TypedValue.newBuilder().setAsciiVal("plain").build()))
                .addUpdate(update("/state/bytes", TypedValue.newBuilder()
                        .setBytesVal(ByteString.copyFromUtf8("raw\u0001")).build()))
                .addUpdate(update("/state/decimal", TypedValue.newBuilder()
                        .setDecimalVal(Decimal64.newBuilder().setDigits(12345).setPrecision(3)).build()))
                .addUpdate(update("/state/list", TypedValue.newBuilder().setLeaflistVal(ScalarArray.newBuilder()
                        .addElement(TypedValue.newBuilder().setIntVal(1))
                        .addElement(TypedValue.newBuilder().setStringVal("two"))).build()))
                .addUpdate(update("/subinterfaces/subinterface[index=0][alias=a\\]b]/config",
                        TypedValue.newBuilder().setJsonIetfVal(ByteString.copyFromUtf8(
                                "{\"mtu\":1500,\"description\":\"x\",\"vlan\":{\"id\":7}}")).build()))
                .addUpdate(update("/state/json-scalar", TypedValue.newBuilder()
                        .setJsonVal(ByteString.copyFromUtf8("3.5")).build()))
                .build();
    }

    @Test
    void producesTheSameMeasurementsAsTheJsonDecoder() throws Exception {
        Notification notification = richNotification();
        String json = "[" + JsonFormat.printer().print(SubscribeResponse.newBuilder().setUpdate(notification)) + "]";
        List<Measurement> fromJson = new ArrayList<>();
        new GnmiJsonDecoder("r1").decode("test", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                fromJson::add);

        Conversion conversion = new NotificationConverter("r1").convert(notification);

        assertThat(conversion).isInstanceOf(Conversion.Accepted.class);
        List<Measurement> fromProto = ((Conversion.Accepted) conversion).measurements();
        assertThat(fromProto).hasSizeGreaterThan(14).isEqualTo(fromJson);
    }

    @Test
    void readsUint64AboveTwoToTheSixtyThreeAsUnsigned() {
        Notification n = Notification.newBuilder().setTimestamp(TS)
                .addUpdate(update("/c", TypedValue.newBuilder().setUintVal(-1L).build()))
                .addUpdate(update("/d", TypedValue.newBuilder().setUintVal(Long.MIN_VALUE).build())).build();

        List<Measurement> out = ((Conversion.Accepted) new NotificationConverter("r1").convert(n)).measurements();

        assertThat(out.get(0).value()).isEqualTo(new MeasuredValue.Numeric(18_446_744_073_709_551_615.0));
        assertThat(out.get(1).value()).isEqualTo(new MeasuredValue.Numeric(9_223_372_036_854_775_808.0));
        assertThat(out.get(0)).isEqualTo(new Measurement("r1", "/c", Map.of(), OptionalLong.of(TS),
                new MeasuredValue.Numeric(Math.pow(2, 64))));
    }

    @Test
    void sortsKeysAndLabelsTargetAndOrigin() {
        Path leaf = Path.newBuilder().setOrigin("openconfig").addElem(PathElem.newBuilder().setName("qos"))
                .addElem(PathElem.newBuilder().setName("queue").putKey("z", "1").putKey("a", "2")).build();
        Notification n = Notification.newBuilder().setTimestamp(TS).setPrefix(Path.newBuilder().setTarget("dev"))
                .addUpdate(Update.newBuilder().setPath(leaf).setVal(TypedValue.newBuilder().setDoubleVal(1)))
                .build();

        Measurement m = ((Conversion.Accepted) new NotificationConverter("r7").convert(n)).measurements().get(0);

        assertThat(m.source()).isEqualTo("r7");
        assertThat(m.name()).isEqualTo("/qos/queue[a=2][z=1]");
        assertThat(m.labels()).isEqualTo(Map.of("origin", "openconfig", "target", "dev"));
    }

    @Test
    void rejectsAnUpdateWithoutValue() {
        Notification n = Notification.newBuilder().setTimestamp(TS)
                .addUpdate(update("/a", TypedValue.newBuilder().setDoubleVal(1).build()))
                .addUpdate(Update.newBuilder().setPath(path("/b"))).build();

        assertThat(new NotificationConverter("r1").convert(n)).isEqualTo(
                new Conversion.Rejected("no-value", "update 1 has no value"));
    }

    @Test
    void rejectsAnEmptyPathElement() {
        Notification n = Notification.newBuilder().setTimestamp(TS).addUpdate(Update.newBuilder()
                .setPath(Path.newBuilder().addElem(PathElem.newBuilder().setName("")))
                .setVal(TypedValue.newBuilder().setDoubleVal(1))).build();

        assertThat(((Conversion.Rejected) new NotificationConverter("r1").convert(n)).reason())
                .isEqualTo("empty-path-element");
    }

    @Test
    void rejectsAMissingOrNegativeTimestamp() {
        Notification none = Notification.newBuilder()
                .addUpdate(update("/a", TypedValue.newBuilder().setDoubleVal(1).build())).build();
        Notification negative = none.toBuilder().setTimestamp(-5).build();

        assertThat(((Conversion.Rejected) new NotificationConverter("r1").convert(none)).reason())
                .isEqualTo("no-timestamp");
        assertThat(((Conversion.Rejected) new NotificationConverter("r1").convert(negative)).reason())
                .isEqualTo("no-timestamp");
    }

    @Test
    void rejectsValuesThatNeedASchemaAndBadJson() {
        Notification proto = Notification.newBuilder().setTimestamp(TS)
                .addUpdate(update("/a", TypedValue.newBuilder().setProtoBytes(ByteString.copyFromUtf8("x")).build()))
                .build();
        Notification json = Notification.newBuilder().setTimestamp(TS)
                .addUpdate(update("/a", TypedValue.newBuilder().setJsonIetfVal(ByteString.copyFromUtf8("{oops"))
                        .build())).build();

        assertThat(((Conversion.Rejected) new NotificationConverter("r1").convert(proto)).reason())
                .isEqualTo("unsupported-value");
        assertThat(((Conversion.Rejected) new NotificationConverter("r1").convert(json)).reason())
                .isEqualTo("bad-json");
    }
}
