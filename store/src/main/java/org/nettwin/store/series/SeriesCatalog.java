package org.nettwin.store.series;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Dialect;

/**
 * The registered series ({@code series_keys}) and an in-memory copy of them: key to id, id to key, and a bit set of
 * known ids that sample checks consult without boxing. Several processes may share a PostgreSQL repository, so an
 * id or key missing here is looked up in the database before it is called unknown. One series per entity and metric
 * name: the same metric in another unit is refused rather than becoming a second series a filter would mix in.
 */
final class SeriesCatalog {

    private static final String COLUMNS = "id, kind, entity, metric, unit";

    private final Database db;
    private final Map<String, RegisteredSeries> byName = new ConcurrentHashMap<>();
    private final Map<Long, SeriesKey> byId = new ConcurrentHashMap<>();
    private volatile long[] known = new long[1];

    SeriesCatalog(Database db) {
        this.db = db;
    }

    /** Loads every registered series (at open). */
    void loadAll() {
        db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM series_keys")) {
                remember(q);
            }
            return null;
        });
    }

    boolean isKnown(long id) {
        long[] bits = known;
        long word = id >>> 6;
        return id > 0 && word < bits.length && (bits[(int) word] & (1L << id)) != 0;
    }

    /** Ids of the keys, in order, registering those not yet known in one transaction. */
    List<Long> registerAll(Collection<SeriesKey> keys) {
        List<SeriesKey> missing = keys.stream().filter(k -> !byName.containsKey(name(k)))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (!missing.isEmpty()) {
            db.write(c -> {
                insert(c, missing);
                return null;
            });
        }
        List<Long> ids = new ArrayList<>(keys.size());
        for (SeriesKey key : keys) {
            RegisteredSeries known = byName.get(name(key));
            if (!known.key().metric().unit().equals(key.metric().unit())) {
                throw new IllegalArgumentException("series " + key.entity().kind() + " " + key.entity().id() + " "
                        + key.metric().name() + " is registered in unit \"" + known.key().metric().unit() + "\", not \""
                        + key.metric().unit() + "\"");
            }
            ids.add(known.id());
        }
        return ids;
    }

    private void insert(Connection c, List<SeriesKey> keys) throws SQLException {
        Dialect dialect = db.dialect();
        String source = dialect == Dialect.DUCKDB
                ? "(SELECT unnest(?::VARCHAR[]) AS k, unnest(?::VARCHAR[]) AS e, unnest(?::VARCHAR[]) AS m, "
                        + "unnest(?::VARCHAR[]) AS u) s"
                : "unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[]) AS s(k, e, m, u)";
        String type = dialect == Dialect.DUCKDB ? "VARCHAR" : "varchar";
        Array[] columns = {
            c.createArrayOf(type, keys.stream().map(k -> k.entity().kind().name()).toArray()),
            c.createArrayOf(type, keys.stream().map(k -> k.entity().id()).toArray()),
            c.createArrayOf(type, keys.stream().map(k -> k.metric().name()).toArray()),
            c.createArrayOf(type, keys.stream().map(k -> k.metric().unit()).toArray())};
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO series_keys (" + COLUMNS + ") SELECT "
                + "nextval('series_key_ids'), s.k, s.e, s.m, s.u FROM " + source
                + " ON CONFLICT (kind, entity, metric) DO NOTHING")) {
            bind(ins, columns);
            ins.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT " + Arrays.stream(COLUMNS.split(", "))
                .map(col -> "x." + col).collect(Collectors.joining(", ")) + " FROM series_keys x JOIN " + source
                + " ON x.kind = s.k AND x.entity = s.e AND x.metric = s.m")) {
            bind(q, columns);
            remember(q);
        }
    }

    private static void bind(PreparedStatement statement, Array[] columns) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            statement.setArray(i + 1, columns[i]);
        }
    }

    Optional<SeriesKey> key(long id) {
        SeriesKey key = byId.get(id);
        if (key == null) {
            refresh(new long[] {id});
            key = byId.get(id);
        }
        return Optional.ofNullable(key);
    }

    /** Looks the ids up in the database (another process may have registered them). */
    void refresh(long[] ids) {
        String list = Arrays.stream(ids).filter(id -> id > 0 && id <= Integer.MAX_VALUE).distinct()
                .mapToObj(Long::toString).collect(Collectors.joining(", "));
        if (list.isEmpty()) {
            return;
        }
        db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM series_keys WHERE id IN (" + list
                    + ")")) {
                remember(q);
            }
            return null;
        });
    }

    List<RegisteredSeries> series(SeriesFilter filter) {
        SeriesSql.Where where = SeriesSql.where(filter);
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM series_keys WHERE " + where.sql()
                    + " ORDER BY id")) {
                where.bind(q, 1);
                return remember(q);
            }
        });
    }

    private List<RegisteredSeries> remember(PreparedStatement query) throws SQLException {
        List<RegisteredSeries> found = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                SeriesKey key = SeriesKey.of(EntityKind.valueOf(r.getString(2)), r.getString(3), r.getString(4),
                        r.getString(5));
                found.add(new RegisteredSeries(r.getLong(1), key));
            }
        }
        for (RegisteredSeries s : found) {
            byName.put(name(s.key()), s);
            byId.put(s.id(), s.key());
        }
        markKnown(found);
        return found;
    }

    private synchronized void markKnown(List<RegisteredSeries> found) {
        long[] bits = known;
        long top = found.stream().mapToLong(RegisteredSeries::id).max().orElse(0);
        if ((top >>> 6) >= bits.length) {
            bits = Arrays.copyOf(bits, (int) Math.max((top >>> 6) + 1, bits.length * 2L));
        } else {
            bits = bits.clone();
        }
        for (RegisteredSeries s : found) {
            bits[(int) (s.id() >>> 6)] |= 1L << s.id();
        }
        known = bits;
    }

    private static String name(SeriesKey key) {
        return key.entity().kind().name() + '\u0000' + key.entity().id() + '\u0000' + key.metric().name();
    }
}
