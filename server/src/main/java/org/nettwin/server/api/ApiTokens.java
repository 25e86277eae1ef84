package org.nettwin.server.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer tokens the API accepts and the role of each. Only SHA-256 hashes are kept, compared in constant time;
 * {@link #toString} names roles and counts, never a token. Tokens are at least {@value #MIN_TOKEN_CHARS} characters
 * of {@code [A-Za-z0-9_-]} (≥ 128 bits when random); {@link #generate} makes 192-bit ones.
 */
public final class ApiTokens {

    /** Shortest token accepted: 22 base64url characters carry 132 bits. */
    public static final int MIN_TOKEN_CHARS = 22;

    private static final int GENERATED_BYTES = 24;

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses {@code role:token,role:token} (e.g. the {@code NETTWIN_API_TOKENS} environment variable); roles are
     * {@code viewer}, {@code operator}, {@code admin}; blanks around items are ignored. Errors never show a token.
     */
    public static ApiTokens parse(String text) {
        Map<Role, List<String>> byRole = parseTokens(text, "token list");
        return ofPlain(byRole);
    }

    /** One random 192-bit token per role; the plain tokens are in the result, to write and to show once. */
    public static IssuedTokens generate(SecureRandom random) {
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            byte[] bytes = new byte[GENERATED_BYTES];
            random.nextBytes(bytes);
            tokens.put(r, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return new IssuedTokens(tokens);
    }

    /** Reads a tokens file written by {@link IssuedTokens#writeTo} (see {@link IssuedTokens#readFrom}). */
    public static ApiTokens readFrom(Path file) throws IOException {
        return IssuedTokens.readFrom(file).tokens();
    }

    static ApiTokens ofPlain(Map<Role, List<String>> byRole) {
        List<Entry> entries = new ArrayList<>();
        List<byte[]> seen = new ArrayList<>();
        for (Map.Entry<Role, List<String>> e : byRole.entrySet()) {
            for (String token : e.getValue()) {
                byte[] hash = sha256(token);
                if (seen.stream().anyMatch(h -> MessageDigest.isEqual(h, hash))) {
                    throw new IllegalArgumentException("the same token is listed twice (once for role "
                            + e.getKey().label() + ")");
                }
                seen.add(hash);
                entries.add(new Entry(hash, e.getKey(), fingerprintOf(hash)));
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no API tokens given");
        }
        return new ApiTokens(entries);
    }

    static Map<Role, List<String>> parseTokens(String text, String where) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        String[] items = text.split("[,\\n]");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            int index = i + 1;
            if (item.isEmpty() || item.startsWith("#")) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + " item " + index + ": expected role:token");
            }
            String label = item.substring(0, colon).strip();
            Role role = Role.ofLabel(label).orElseThrow(() -> new IllegalArgumentException(where + " item "
                    + index + ": unknown role '" + label + "' (expected viewer, operator or admin)"));
            String token = item.substring(colon + 1).strip();
            if (token.length() < MIN_TOKEN_CHARS || !token.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException(where + " item " + index + " (" + label + "): a token must be at "
                        + "least " + MIN_TOKEN_CHARS + " characters of [A-Za-z0-9_-], this one has " + token.length());
            }
            byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(token);
        }
        return byRole;
    }

    /** The caller presenting {@code token}, or empty when it is not one of these tokens (constant time per entry). */
    Optional<Caller> authenticate(String token) {
        byte[] hash = sha256(token);
        Entry match = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.hash, hash)) {
                match = e;
            }
        }
        return match == null ? Optional.empty() : Optional.of(new Caller(match.role, match.fingerprint));
    }

    /** The roles that have at least one token. */
    public List<Role> roles() {
        return entries.stream().map(e -> e.role).distinct().sorted().toList();
    }

    /** The short fingerprint (8 hex digits of SHA-256) that stands for {@code token} in the audit log. */
    public static String fingerprint(String token) {
        return fingerprintOf(sha256(token));
    }

    private static String fingerprintOf(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, 4);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        entries.forEach(e -> counts.merge(e.role, 1, Integer::sum));
        return "ApiTokens" + counts + " (redacted)";
    }

    private record Entry(byte[] hash, Role role, String fingerprint) {
        @Override
        public String toString() {
            return role.label() + "/" + fingerprint;
        }
    }
}
