package org.nettwin.telemetry.security;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** PEM text of certificates and PKCS#8 private keys, as Kafka's PEM settings and most tools read them. */
final class Pem {

    private static final Base64.Encoder MIME = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private Pem() {
    }

    static String certificates(List<X509Certificate> chain) {
        StringBuilder out = new StringBuilder();
        for (X509Certificate certificate : chain) {
            try {
                block(out, "CERTIFICATE", certificate.getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("cannot encode certificate: " + e.getMessage(), e);
            }
        }
        return out.toString();
    }

    static String privateKey(PrivateKey key) {
        StringBuilder out = new StringBuilder();
        block(out, "PRIVATE KEY", key.getEncoded());
        return out.toString();
    }

    private static void block(StringBuilder out, String type, byte[] der) {
        out.append("-----BEGIN ").append(type).append("-----\n");
        out.append(MIME.encodeToString(der)).append('\n');
        out.append("-----END ").append(type).append("-----\n");
    }
}
