package org.nettwin.store.registry;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.store.StoreException;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Dialect;
import org.nettwin.store.jdbc.Migration;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;

/**
 * {@link ModelRegistry} in SQL, the same on DuckDB and PostgreSQL: one row of {@code models} per version, keyed by
 * name and version, with creation time (microseconds since 1970, from the clock), metrics (a JSON object) and lineage
 * (a JSON array) as text, and the artifact as a blob with its SHA-256 and size, checked again whenever it is read.
 * The next version of a name is its greatest + 1, taken inside the serialised write.
 */
public final class SqlModelRegistry implements ModelRegistry {

    private static final String ENTRY_COLUMNS = "name, version, created_at, metrics, lineage, artifact_sha256, "
            + "artifact_bytes";
    private static final TypeReference<TreeMap<String, Double>> METRICS = new TypeReference<>() { };
    private static final TypeReference<List<String>> LINEAGE = new TypeReference<>() { };

    private final Database db;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** Opens the registry in {@code db}, creating or upgrading its table; {@code clock} gives creation times. */
    public SqlModelRegistry(Database db, Clock clock) {
        this.db = requireNonNull(db, "db");
        this.clock = requireNonNull(clock, "clock");
        db.migrate("registry", migrations());
    }

    private static List<Migration> migrations() {
        String table = "CREATE TABLE models (name VARCHAR(128) NOT NULL, version INTEGER NOT NULL, "
                + "created_at BIGINT NOT NULL, metrics %1$s NOT NULL, lineage %1$s NOT NULL, "
                + "artifact_sha256 VARCHAR(64) NOT NULL, artifact_bytes BIGINT NOT NULL, artifact %2$s NOT NULL, "
                + "PRIMARY KEY (name, version))";
        return List.of(new Migration(1, List.of(String.format(table, "VARCHAR", Dialect.DUCKDB.blobType())),
                List.of(String.format(table, "TEXT", Dialect.POSTGRES.blobType()))));
    }

    @Override
    public ModelEntry register(String name, Map<String, Double> metrics, List<String> lineage, byte[] artifact) {
        ModelRules.name(name);
        ModelRules.metrics(name, metrics);
        ModelRules.lineage(name, lineage);
        ModelRules.artifact(name, artifact);
        long createdAt = Storable.micros("the store's clock", clock.instant());
        String metricsJson = write(new TreeMap<>(metrics));
        String lineageJson = write(lineage);
        String sha256 = sha256(artifact);
        return Transactions.write(db, "register a version of model " + name, c -> {
            Transactions.lockForAppend(c, db.dialect(), "models");
            int version = lastVersion(c, name) + 1;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO models (" + ENTRY_COLUMNS
                    + ", artifact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setInt(2, version);
                s.setLong(3, createdAt);
                s.setString(4, metricsJson);
                s.setString(5, lineageJson);
                s.setString(6, sha256);
                s.setLong(7, artifact.length);
                s.setBytes(8, artifact);
                s.executeUpdate();
            }
            return new ModelEntry(name, version, Storable.instant(createdAt), metrics, lineage, sha256,
                    artifact.length);
        });
    }

    @Override
    public Optional<ModelEntry> latest(String name) {
        ModelRules.name(name);
        return entries("find the latest version of model " + name, "WHERE name = ? ORDER BY version DESC LIMIT 1",
                name, 0).stream().findFirst();
    }

    @Override
    public Optional<ModelEntry> entry(String name, int version) {
        ModelRules.name(name);
        ModelRules.version(name, version);
        return entries("read model " + name + " version " + version, "WHERE name = ? AND version = ?", name, version)
                .stream().findFirst();
    }

    @Override
    public List<ModelEntry> versions(String name) {
        ModelRules.name(name);
        return entries("list the versions of model " + name, "WHERE name = ? ORDER BY version", name, 0);
    }

    @Override
    public Optional<byte[]> artifact(String name, int version) {
        ModelRules.name(name);
        ModelRules.version(name, version);
        Optional<Stored> stored = Transactions.read(db, "read the artifact of model " + name + " version " + version,
                c -> {
                    try (PreparedStatement s = c.prepareStatement("SELECT artifact, artifact_sha256, artifact_bytes "
                            + "FROM models WHERE name = ? AND version = ?")) {
                        s.setString(1, name);
                        s.setInt(2, version);
                        try (ResultSet r = s.executeQuery()) {
                            return r.next() ? Optional.of(new Stored(r.getBytes(1), r.getString(2), r.getLong(3)))
                                    : Optional.<Stored>empty();
                        }
                    }
                });
        return stored.map(s -> verified(name, version, s));
    }

    /** An artifact as read, with what was recorded about it. */
    private record Stored(byte[] bytes, String sha256, long size) {
    }

    private static byte[] verified(String name, int version, Stored stored) {
        byte[] bytes = stored.bytes() == null ? new byte[0] : stored.bytes();
        String found = sha256(bytes);
        if (bytes.length != stored.size() || !found.equals(stored.sha256())) {
            throw new StoreException("artifact of model " + name + " version " + version + " is corrupt: recorded "
                    + stored.size() + " bytes with SHA-256 " + stored.sha256() + ", found " + bytes.length
                    + " bytes with SHA-256 " + found);
        }
        return bytes;
    }

    private List<ModelEntry> entries(String doing, String where, String name, int version) {
        return Transactions.read(db, doing, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM models " + where)) {
                s.setString(1, name);
                if (version > 0) {
                    s.setInt(2, version);
                }
                List<ModelEntry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ModelEntry(r.getString(1), r.getInt(2), Storable.instant(r.getLong(3)),
                                read(r.getString(4), METRICS), read(r.getString(5), LINEAGE), r.getString(6),
                                r.getLong(7)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    private static int lastVersion(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM models WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write model metadata as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("model metadata is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
