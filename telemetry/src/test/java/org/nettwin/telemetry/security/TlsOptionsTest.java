package org.nettwin.telemetry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

class TlsOptionsTest {

    private static final CertificateAuthority CA = CertificateAuthority.create("nettwin test CA");

    @Test
    void roundTripsThroughSettingsAsPemText() {
        Identity device = CA.issueForLoopback("r1");
        TlsOptions options = TlsOptions.of(CA, Optional.of(device));

        TlsOptions back = TlsOptions.fromSettings(options.asSettings(), "target r1");

        assertThat(back.enabled()).isTrue();
        assertThat(back.trusted()).containsExactly(CA.certificate());
        assertThat(back.identity()).get().extracting(Identity::certificate).isEqualTo(device.certificate());
        assertThat(back.identity().get().key().getEncoded()).isEqualTo(device.key().getEncoded());
    }

    @Test
    void mutualTlsAcceptsIssuedClientsAndRefusesStrangers() throws Exception {
        TlsOptions server = TlsOptions.of(CA, Optional.of(CA.issueForLoopback("server")));
        TlsOptions client = TlsOptions.of(CA, Optional.of(CA.issueForLoopback("collector")));
        CertificateAuthority other = CertificateAuthority.create("someone else");
        TlsOptions stranger = TlsOptions.of(CA, Optional.of(other.issueForLoopback("intruder")));

        try (SSLServerSocket listener = (SSLServerSocket) server.sslContext().getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            listener.setNeedClientAuth(true);
            CompletableFuture<Integer> echoed = CompletableFuture.supplyAsync(() -> serveOnce(listener));
            assertThat(exchange(client, listener.getLocalPort())).isEqualTo(42);
            assertThat(echoed.get()).isEqualTo(42);

            CompletableFuture.runAsync(() -> serveOnce(listener));
            assertThatThrownBy(() -> exchange(stranger, listener.getLocalPort())).isInstanceOfAny(
                    SSLHandshakeException.class, java.net.SocketException.class, java.io.EOFException.class,
                    javax.net.ssl.SSLException.class);
        }
    }

    @Test
    void namesTheBadSettingWithoutItsValue() {
        Map<String, String> settings = new HashMap<>();
        settings.put("tls.ca", "-----BEGIN CERTIFICATE-----\nc2VjcmV0LXRva2Vu\n-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> TlsOptions.fromSettings(settings, "target r9"))
                .hasMessageContaining("target r9").hasMessageContaining("'tls.ca'")
                .hasMessageNotContaining("c2VjcmV0LXRva2Vu");
        settings.put("tls.ca", CA.certificatePem());
        settings.put("tls.cert", CA.issueForLoopback("x").certificateChainPem());
        assertThatThrownBy(() -> TlsOptions.fromSettings(settings, "target r9"))
                .hasMessage("target r9: settings 'tls.cert' and 'tls.key' go together");
        assertThatThrownBy(() -> TlsOptions.fromSettings(Map.of("tls", "maybe"), "t"))
                .hasMessage("t: setting 'tls' must be on or off");
    }

    @Test
    void credentialsNeverPrintTheirSecret() {
        Credentials credentials = new Credentials("collector", "s3cr3t");
        assertThat(credentials.toString()).doesNotContain("s3cr3t");
        assertThat(credentials.matches("collector", "s3cr3t")).isTrue();
        assertThat(credentials.matches("collector", "s3cr3T")).isFalse();
        assertThat(credentials.matches(null, "s3cr3t")).isFalse();
    }

    private static int serveOnce(SSLServerSocket listener) {
        try (SSLSocket socket = (SSLSocket) listener.accept()) {
            int value = new DataInputStream(socket.getInputStream()).readInt();
            new DataOutputStream(socket.getOutputStream()).writeInt(value);
            return value;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static int exchange(TlsOptions options, int port) throws java.io.IOException {
        try (SSLSocket socket = (SSLSocket) options.sslContext().getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), port)) {
            socket.startHandshake();
            new DataOutputStream(socket.getOutputStream()).writeInt(42);
            return new DataInputStream(socket.getInputStream()).readInt();
        }
    }
}
