package org.nettwin.testkit.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of spec/cli.md's {@code topology --json}, computed by {@link ReferenceReader} independently of nettwin's
 * readers and routing (DOM and regular expressions, naive BFS), so tests compare against something that does not
 * share their bugs.
 */
public record ReferenceFacts(int nodes, int links, int demands, boolean connected, int diameterHops,
                             Optional<Double> totalCapacityBps) {

    /** Computes connectivity and the hop diameter of the largest component with plain BFS. */
    static ReferenceFacts of(List<String> nodes, List<String[]> links, int demands, Optional<Double> capacity) {
        Map<String, Set<String>> adjacency = new HashMap<>();
        for (String n : nodes) {
            adjacency.put(n, new LinkedHashSet<>());
        }
        for (String[] l : links) {
            adjacency.computeIfAbsent(l[0], k -> new LinkedHashSet<>()).add(l[1]);
            adjacency.computeIfAbsent(l[1], k -> new LinkedHashSet<>()).add(l[0]);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String n : nodes) {
            if (!seen.contains(n)) {
                Set<String> component = bfs(adjacency, n).keySet();
                seen.addAll(component);
                components.add(component);
            }
        }
        Set<String> largest = components.stream().max((x, y) -> Integer.compare(x.size(), y.size())).orElse(Set.of());
        int diameter = 0;
        for (String n : largest) {
            for (int d : bfs(adjacency, n).values()) {
                diameter = Math.max(diameter, d);
            }
        }
        return new ReferenceFacts(nodes.size(), links.size(), demands, components.size() <= 1, diameter, capacity);
    }

    private static Map<String, Integer> bfs(Map<String, Set<String>> adjacency, String from) {
        Map<String, Integer> dist = new HashMap<>();
        dist.put(from, 0);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (String v : adjacency.getOrDefault(u, Set.of())) {
                if (!dist.containsKey(v)) {
                    dist.put(v, dist.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        return dist;
    }
}
