package org.nettwin.server.collect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.telemetry.security.Credentials;

/**
 * Every telemetry endpoint of a network with its credentials, the certificate authority to trust (PEM), and the MQTT
 * broker with the collector's own broker credentials. The emulator writes it (file mode 0600, since it holds
 * secrets) for collectors in another process; {@link #toString()} shows no secret.
 */
public record TargetDirectory(String caPem, Optional<String> brokerUri, Optional<Credentials> brokerCredentials,
                              List<DeviceEndpoint> endpoints) {

    private static final String FORMAT = "nettwin-targets/1";

    public TargetDirectory {
        requireNonNull(caPem, "caPem");
        requireNonNull(brokerUri, "brokerUri");
        requireNonNull(brokerCredentials, "brokerCredentials");
        endpoints = List.copyOf(endpoints);
    }

    /** The endpoints collected by {@code kind}. */
    public List<DeviceEndpoint> ofKind(String kind) {
        return endpoints.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    /** Writes the directory as JSON to {@code file}, readable by its owner only. */
    public void writeTo(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("ca", caPem);
        brokerUri.ifPresent(u -> root.put("broker", u));
        brokerCredentials.ifPresent(c -> root.putObject("broker_credentials").put("username", c.username())
                .put("secret", c.secret()));
        ArrayNode list = root.putArray("endpoints");
        for (DeviceEndpoint e : endpoints) {
            list.addObject().put("device", e.device()).put("kind", e.kind()).put("address", e.address())
                    .put("username", e.credentials().username()).put("secret", e.credentials().secret());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.write(tmp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads a directory written by {@link #writeTo}.
     *
     * @throws BadInputException one line naming the file and what is wrong
     */
    public static TargetDirectory readFrom(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not a readable JSON target directory ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new BadInputException(file + ": \"format\" must be \"" + FORMAT + "\"");
        }
        if (!root.path("endpoints").isArray()) {
            throw new BadInputException(file + ": \"endpoints\" must be an array");
        }
        List<DeviceEndpoint> endpoints = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root.path("endpoints")) {
            String where = file + ": endpoints[" + i++ + "]";
            endpoints.add(new DeviceEndpoint(text(e, "device", where), text(e, "kind", where),
                    text(e, "address", where), new Credentials(text(e, "username", where), text(e, "secret", where))));
        }
        Optional<String> broker = root.hasNonNull("broker") ? Optional.of(root.get("broker").asText())
                : Optional.empty();
        JsonNode bc = root.path("broker_credentials");
        Optional<Credentials> brokerCredentials = bc.isObject()
                ? Optional.of(new Credentials(text(bc, "username", file + ": broker_credentials"),
                        text(bc, "secret", file + ": broker_credentials")))
                : Optional.empty();
        return new TargetDirectory(text(root, "ca", file.toString()), broker, brokerCredentials, endpoints);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadInputException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return v.asText();
    }

    @Override
    public String toString() {
        return "TargetDirectory[" + endpoints.size() + " endpoints, broker " + brokerUri.orElse("none") + "]";
    }
}
