package uk.mappa.ledger.core.consent;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reading X.509 certificates and CRLs, PEM or DER, and their SHA-256 fingerprints. */
public final class Certificates {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private Certificates() {
    }

    /** Every certificate in a PEM text (or one DER certificate). */
    public static List<X509Certificate> parseAll(byte[] pemOrDer) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : blocks(pemOrDer, "CERTIFICATE")) {
            certificates.add(fromDer(der));
        }
        return certificates;
    }

    public static X509Certificate parseOne(byte[] pemOrDer) {
        List<X509Certificate> all = parseAll(pemOrDer);
        if (all.size() != 1) {
            throw new IllegalArgumentException("Expected exactly one certificate, found " + all.size());
        }
        return all.get(0);
    }

    public static X509Certificate fromDer(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static List<X509CRL> parseCrls(byte[] pemOrDer) {
        List<X509CRL> crls = new ArrayList<>();
        for (byte[] der : blocks(pemOrDer, "X509 CRL")) {
            try {
                crls.add((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der)));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("Not an X.509 CRL: " + e.getMessage(), e);
            }
        }
        return crls;
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The common names (CN) in the certificate's subject. */
    public static List<String> commonNames(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return java.util.Arrays.stream(subject.getRDNs(BCStyle.CN))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue())).toList();
    }

    public static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encoded(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }

    private static List<byte[]> blocks(byte[] pemOrDer, String type) {
        String text = new String(pemOrDer, java.nio.charset.StandardCharsets.US_ASCII);
        List<byte[]> blocks = new ArrayList<>();
        if (!text.contains("-----BEGIN")) {
            blocks.add(pemOrDer);
            return blocks;
        }
        Matcher matcher = PEM_BLOCK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return blocks;
    }
}
