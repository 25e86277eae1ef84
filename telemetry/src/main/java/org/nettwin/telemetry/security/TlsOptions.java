package org.nettwin.telemetry.security;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * TLS settings of one connection, read from a collector's or endpoint's settings map: {@code tls} ({@code on}, the
 * default, or {@code off}), the certificates to trust ({@code tls.ca}: PEM text, or {@code tls.ca.file}), and the
 * identity to present ({@code tls.cert} + {@code tls.key}, or {@code tls.cert.file} + {@code tls.key.file}; needed by
 * servers and for mutual TLS). Errors name the setting, never its value.
 */
public record TlsOptions(boolean enabled, List<X509Certificate> trusted, Optional<Identity> identity) {

    /** TLS off. */
    public static final TlsOptions PLAINTEXT = new TlsOptions(false, List.of(), Optional.empty());

    public TlsOptions {
        trusted = List.copyOf(trusted);
        requireNonNull(identity, "identity");
    }

    /** TLS on, trusting {@code authority}, presenting {@code identity} when given. */
    public static TlsOptions of(CertificateAuthority authority, Optional<Identity> identity) {
        return new TlsOptions(true, List.of(authority.certificate()), identity);
    }

    /**
     * Reads the options from {@code settings} ({@code where} names the owner in errors).
     *
     * @throws IllegalArgumentException naming the setting that is missing, unreadable or malformed
     */
    public static TlsOptions fromSettings(Map<String, String> settings, String where) {
        String mode = settings.getOrDefault("tls", "on");
        if ("off".equals(mode)) {
            return PLAINTEXT;
        }
        if (!"on".equals(mode)) {
            throw new IllegalArgumentException(where + ": setting 'tls' must be on or off");
        }
        List<X509Certificate> trusted = pem(settings, "tls.ca", where).map(t -> certificates(t, "tls.ca", where))
                .orElse(List.of());
        Optional<String> cert = pem(settings, "tls.cert", where);
        Optional<String> key = pem(settings, "tls.key", where);
        if (cert.isPresent() != key.isPresent()) {
            throw new IllegalArgumentException(where + ": settings 'tls.cert' and 'tls.key' go together");
        }
        Optional<Identity> identity = cert.map(c -> new Identity(where, privateKey(key.get(), where),
                certificates(c, "tls.cert", where)));
        return new TlsOptions(true, trusted, identity);
    }

    /** Trust managers for {@link #trusted} (the JDK's default trust when none are given). */
    public TrustManagerFactory trustManagers() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trusted.isEmpty()) {
                factory.init((KeyStore) null);
                return factory;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("ca" + i, trusted.get(i));
            }
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build trust managers: " + e.getMessage(), e);
        }
    }

    /** A JSSE context: the identity (if any) presented, {@link #trusted} trusted. */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            KeyManagerFactory keys = identity.map(Identity::keyManagers).orElse(null);
            context.init(keys == null ? null : keys.getKeyManagers(), trustManagers().getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build TLS context: " + e.getMessage(), e);
        }
    }

    /** These options as settings ({@code tls}, {@code tls.ca}, {@code tls.cert}, {@code tls.key}: PEM text). */
    public Map<String, String> asSettings() {
        if (!enabled) {
            return Map.of("tls", "off");
        }
        Map<String, String> out = new java.util.HashMap<>();
        out.put("tls", "on");
        if (!trusted.isEmpty()) {
            out.put("tls.ca", Pem.certificates(trusted));
        }
        identity.ifPresent(id -> {
            out.put("tls.cert", id.certificateChainPem());
            out.put("tls.key", id.privateKeyPem());
        });
        return Map.copyOf(out);
    }

    @Override
    public String toString() {
        return "TlsOptions[" + (enabled ? "on" : "off") + ", " + trusted.size() + " trusted, identity "
                + identity.map(Identity::name).orElse("none") + "]";
    }

    private static Optional<String> pem(Map<String, String> settings, String key, String where) {
        String text = settings.get(key);
        if (text != null && !text.isBlank()) {
            return Optional.of(text);
        }
        String file = settings.get(key + ".file");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": cannot read setting '" + key + ".file' (" + file + "): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static List<X509Certificate> certificates(String pem, String key, String where) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new ArrayList<>();
            for (var c : factory.generateCertificates(new java.io.ByteArrayInputStream(
                    pem.getBytes(StandardCharsets.US_ASCII)))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(where + ": setting '" + key + "' holds no certificate");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(where + ": setting '" + key + "' is not PEM certificates", e);
        }
    }

    private static PrivateKey privateKey(String pem, String where) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": setting 'tls.key' is not a PEM private key", e);
        }
        throw new IllegalArgumentException(where + ": setting 'tls.key' is not an unencrypted PEM private key");
    }
}
