package org.nettwin.server.collect;

import static java.util.Objects.requireNonNull;

import org.nettwin.telemetry.security.Credentials;

/**
 * Where one device serves its telemetry and the credentials a collector presents to it: {@code kind} is the
 * collector kind ({@code gnmi}: {@code address} host:port; {@code prometheus}: an https URL; {@code mqtt}: the device
 * publishes to the directory's broker, {@code address} is its topic). The secret never prints.
 */
public record DeviceEndpoint(String device, String kind, String address, Credentials credentials) {

    public DeviceEndpoint {
        requireNonNull(device, "device");
        requireNonNull(kind, "kind");
        requireNonNull(address, "address");
        requireNonNull(credentials, "credentials");
    }
}
