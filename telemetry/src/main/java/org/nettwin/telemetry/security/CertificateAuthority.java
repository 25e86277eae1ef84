package org.nettwin.telemetry.security;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority with an EC P-256 key that issues certificates good for both TLS server and client
 * authentication. Tests and the demo make one per run; an operator with a PKI supplies PEM files instead. The
 * authority's certificate is what peers trust ({@link #trustManagers()}, {@link #certificatePem()}).
 */
public final class CertificateAuthority {

    private static final Duration VALIDITY = Duration.ofDays(365);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final SecureRandom random = new SecureRandom();
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final X500Name subject;

    private CertificateAuthority(String name) {
        this.subject = new X500Name("CN=" + name);
        this.keys = newKeyPair();
        this.certificate = sign(subject, keys, true, List.of());
    }

    /** A new authority named {@code name} (its certificate's common name). */
    public static CertificateAuthority create(String name) {
        requireNonNull(name, "name");
        return new CertificateAuthority(name);
    }

    /** The authority's own (self-signed) certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The authority's certificate in PEM, e.g. for Kafka's {@code ssl.truststore.certificates}. */
    public String certificatePem() {
        return Pem.certificates(List.of(certificate));
    }

    /**
     * Issues a certificate for {@code name} (its common name), valid for the host names and IP addresses in
     * {@code subjectAltNames} (an entry made of digits, dots and colons is taken as an IP address).
     */
    public Identity issue(String name, List<String> subjectAltNames) {
        requireNonNull(name, "name");
        KeyPair pair = newKeyPair();
        X509Certificate leaf = sign(new X500Name("CN=" + name), pair, false, subjectAltNames);
        return new Identity(name, pair.getPrivate(), List.of(leaf, certificate));
    }

    /** Issues a certificate for {@code name} valid for {@code localhost} and {@code 127.0.0.1}. */
    public Identity issueForLoopback(String name) {
        return issue(name, List.of("localhost", "127.0.0.1"));
    }

    /** Trust managers that accept exactly the certificates this authority issued. */
    public TrustManagerFactory trustManagers() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build trust managers: " + e.getMessage(), e);
        }
    }

    /** A key store (PKCS#12, no password needed to read certificates) holding this authority's certificate. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", certificate);
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build trust store: " + e.getMessage(), e);
        }
    }

    private X509Certificate sign(X500Name name, KeyPair pair, boolean authority, List<String> altNames) {
        Instant now = Instant.now();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            if (authority) {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
                addAltNames(builder, altNames);
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate for " + name + ": " + e.getMessage(), e);
        }
    }

    private static void addAltNames(X509v3CertificateBuilder builder, List<String> altNames) throws CertIOException {
        if (altNames.isEmpty()) {
            return;
        }
        List<GeneralName> names = new ArrayList<>();
        for (String alt : altNames) {
            boolean ip = alt.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':');
            names.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, alt));
        }
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(names.toArray(GeneralName[]::new)));
    }

    private KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an EC key pair: " + e.getMessage(), e);
        }
    }
}
