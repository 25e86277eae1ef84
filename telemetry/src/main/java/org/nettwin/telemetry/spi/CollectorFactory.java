package org.nettwin.telemetry.spi;

import java.util.Map;

/** Creates collectors of one kind; found with ServiceLoader via META-INF/services. */
public interface CollectorFactory {

    /** The kind of collector: {@code gnmi}, {@code prometheus}, {@code mqtt}, {@code kafka}, {@code replay}. */
    String kind();

    /**
     * A collector configured by {@code settings} (target address, credentials, subscriptions ...).
     *
     * @throws IllegalArgumentException naming the missing or bad setting
     */
    Collector create(Map<String, String> settings);
}
