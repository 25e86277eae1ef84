package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens: parsing, generation, the 0600 tokens file, and that no token ever shows in a message. */
class ApiTokensTest {

    private static final String SECRET = "s3cret-token-abcdefghijklmnop";

    @TempDir
    Path dir;

    @Test
    void parsesRolesAndAuthenticatesByToken() {
        ApiTokens tokens = ApiTokens.parse(" viewer:" + SECRET + " , admin:" + SECRET + "x");
        assertThat(tokens.authenticate(SECRET).orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(tokens.authenticate(SECRET + "x").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(tokens.authenticate(SECRET + "y")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.roles()).containsExactly(Role.VIEWER, Role.ADMIN);
    }

    @Test
    void refusesBadListsWithoutShowingTheToken() {
        assertThatThrownBy(() -> ApiTokens.parse("root:" + SECRET)).hasMessageContaining("unknown role 'root'")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ApiTokens.parse("viewer:short")).hasMessageContaining("at least 22")
                .hasMessageNotContaining("short\"");
        assertThatThrownBy(() -> ApiTokens.parse("viewer:" + SECRET + ",admin:" + SECRET))
                .hasMessageContaining("twice").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ApiTokens.parse(SECRET)).hasMessageContaining("role:token")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> ApiTokens.parse(" ")).hasMessageContaining("no API tokens");
    }

    @Test
    void generatesOneLongRandomTokenPerRole() {
        IssuedTokens issued = ApiTokens.generate(new SecureRandom());
        for (Role r : Role.values()) {
            String token = issued.token(r).orElseThrow();
            assertThat(token).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
            assertThat(issued.tokens().authenticate(token).orElseThrow().role()).isEqualTo(r);
        }
        assertThat(issued.token(Role.VIEWER)).isNotEqualTo(issued.token(Role.ADMIN));
    }

    @Test
    void roundTripsTheTokensFileWithMode0600() throws Exception {
        IssuedTokens issued = ApiTokens.generate(new SecureRandom());
        Path file = dir.resolve("data/api-tokens");
        issued.writeTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        IssuedTokens read = IssuedTokens.readFrom(file);
        for (Role r : Role.values()) {
            assertThat(read.token(r)).isEqualTo(issued.token(r));
        }
        ApiTokens verifier = ApiTokens.readFrom(file);
        assertThat(verifier.authenticate(issued.token(Role.OPERATOR).orElseThrow()).orElseThrow().role())
                .isEqualTo(Role.OPERATOR);
        issued.writeTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void refusesATokensFileOthersCanRead() throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "viewer:" + SECRET + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> IssuedTokens.readFrom(file)).hasMessageContaining("chmod 600")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void neverShowsATokenInToString() {
        IssuedTokens issued = ApiTokens.generate(new SecureRandom());
        String token = issued.token(Role.ADMIN).orElseThrow();
        assertThat(issued.toString()).doesNotContain(token).contains("redacted");
        assertThat(issued.tokens().toString()).doesNotContain(token).contains("redacted");
        Caller caller = issued.tokens().authenticate(token).orElseThrow();
        assertThat(caller.toString()).doesNotContain(token);
        assertThat(caller.actor()).isEqualTo("api:admin/" + ApiTokens.fingerprint(token));
    }

    @Test
    void ordersRoles() {
        assertThat(Role.ADMIN.includes(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.OPERATOR)).isFalse();
        assertThat(Role.ofLabel("operator")).contains(Role.OPERATOR);
        assertThat(Role.ofLabel("root")).isEmpty();
    }
}
