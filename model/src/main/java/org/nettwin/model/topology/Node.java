package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network element: a router, switch, host, radio site (with its cells), core or edge server.
 * {@code attributes} keep source-format facts the model has no field for (e.g. a Topology Zoo {@code Internal} flag).
 */
public record Node(NodeId id, String name, NodeKind kind, Optional<Coordinates> coordinates, List<Cell> cells,
                   Map<String, String> attributes) {

    public Node {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(coordinates, "coordinates");
        cells = List.copyOf(cells);
        attributes = Map.copyOf(attributes);
        if (!cells.isEmpty() && kind != NodeKind.GNB) {
            throw new IllegalArgumentException("node " + id + " is a " + kind.fileName() + " but has cells");
        }
    }

    /** A node of the given kind whose name is its id. */
    public static Node of(String id, NodeKind kind) {
        return new Node(NodeId.of(id), id, kind, Optional.empty(), List.of(), Map.of());
    }

    /** A router whose name is its id. */
    public static Node router(String id) {
        return of(id, NodeKind.ROUTER);
    }

    public Node withName(String newName) {
        return new Node(id, newName, kind, coordinates, cells, attributes);
    }

    public Node withKind(NodeKind newKind) {
        return new Node(id, name, newKind, coordinates, cells, attributes);
    }

    public Node withCoordinates(Coordinates where) {
        return new Node(id, name, kind, Optional.of(where), cells, attributes);
    }

    public Node withCells(List<Cell> newCells) {
        return new Node(id, name, kind, coordinates, newCells, attributes);
    }

    public Node withAttribute(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(key, value);
        return new Node(id, name, kind, coordinates, cells, copy);
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }
}
