package org.nettwin.server.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plain tokens as issued, one per role, for the one place that needs them: the tokens file (mode 0600, lines
 * {@code role:token}) that a demo keeps in its data directory across restarts, and the message that shows them to
 * the user. {@link #toString} is redacted; the server itself only ever sees {@link #tokens()} (hashes).
 */
public final class IssuedTokens {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Map<Role, String> tokens;

    IssuedTokens(Map<Role, String> tokens) {
        this.tokens = Map.copyOf(tokens);
    }

    /** The plain token of {@code role}, if one was issued. */
    public Optional<String> token(Role role) {
        return Optional.ofNullable(tokens.get(requireNonNull(role, "role")));
    }

    /** The verifier the server uses (hashes only). */
    public ApiTokens tokens() {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        tokens.forEach((r, t) -> byRole.put(r, List.of(t)));
        return ApiTokens.ofPlain(byRole);
    }

    /** Writes the tokens to {@code file} with mode 0600 (created so, then moved into place). */
    public void writeTo(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("tokens file " + temp + " appeared while writing", e);
        }
        StringBuilder text = new StringBuilder("# nettwin API tokens (role:token); keep this file private\n");
        new EnumMap<>(tokens).forEach((r, t) -> text.append(r.label()).append(':').append(t).append('\n'));
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    /**
     * Reads a tokens file; refuses one that group or others may read or write (the tokens would have leaked), one
     * with bad lines, or one listing a role twice.
     */
    public static IssuedTokens readFrom(Path file) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new IllegalArgumentException("tokens file " + file + " has mode "
                    + PosixFilePermissions.toString(mode) + "; it must be private (chmod 600)");
        }
        Map<Role, List<String>> byRole = ApiTokens.parseTokens(Files.readString(file, StandardCharsets.UTF_8),
                "tokens file " + file);
        Map<Role, String> one = new EnumMap<>(Role.class);
        byRole.forEach((r, list) -> {
            if (list.size() != 1) {
                throw new IllegalArgumentException("tokens file " + file + ": role " + r.label()
                        + " is listed " + list.size() + " times");
            }
            one.put(r, list.get(0));
        });
        if (one.isEmpty()) {
            throw new IllegalArgumentException("tokens file " + file + " lists no tokens");
        }
        return new IssuedTokens(one);
    }

    @Override
    public String toString() {
        return "IssuedTokens" + tokens.keySet() + " (redacted)";
    }
}
