package org.nettwin.store.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model registry: every version of every model with its metrics, lineage and artifact; append-only and
 * thread-safe. Names are 1..128 characters of [A-Za-z0-9_.-]; artifacts at most 256 MiB; metric values finite.
 */
public interface ModelRegistry {

    /** Largest artifact accepted. */
    long MAX_ARTIFACT_BYTES = 256L * 1024 * 1024;

    /** Registers the next version of {@code name}. */
    ModelEntry register(String name, Map<String, Double> metrics, List<String> lineage, byte[] artifact);

    Optional<ModelEntry> latest(String name);

    Optional<ModelEntry> entry(String name, int version);

    /** All versions of a model, oldest first. */
    List<ModelEntry> versions(String name);

    /** The artifact bytes, checked against the recorded SHA-256. */
    Optional<byte[]> artifact(String name, int version);
}
