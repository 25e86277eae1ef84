package org.nettwin.telemetry.security;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS identity: a name, its private key and its certificate chain (leaf first). A server presents it; a client
 * presents it for mutual TLS. {@link #toString()} never shows the key.
 */
public record Identity(String name, PrivateKey key, List<X509Certificate> chain) {

    public Identity {
        requireNonNull(name, "name");
        requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("identity " + name + " has no certificate");
        }
    }

    /** The leaf certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The chain in PEM, e.g. for Kafka's {@code ssl.keystore.certificate.chain}. */
    public String certificateChainPem() {
        return Pem.certificates(chain);
    }

    /** The private key in PKCS#8 PEM, e.g. for Kafka's {@code ssl.keystore.key}. */
    public String privateKeyPem() {
        return Pem.privateKey(key);
    }

    /** A PKCS#12 key store holding this identity under alias {@code name}, protected by {@code password}. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(name, key, password, chain.toArray(X509Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build key store for " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@link #keyStore} to {@code file} (owner-readable only where the file system allows it). */
    public void writeKeyStore(Path file, char[] password) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore(password).store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write key store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Key managers presenting this identity. */
    public KeyManagerFactory keyManagers() {
        char[] password = new char[0];
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore(password), password);
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build key managers for " + name + ": " + e.getMessage(), e);
        }
    }

    /** A TLS 1.2/1.3 context presenting this identity and trusting what {@code trust} trusts. */
    public SSLContext sslContext(TrustManagerFactory trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers().getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build TLS context for " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Identity[" + name + ", " + certificate().getSubjectX500Principal().getName() + "]";
    }
}
