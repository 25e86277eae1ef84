package org.nettwin.server.emulate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.cli.BadInputException;

/**
 * The emulator settings a command line asks for: seed, the diurnal cycle's length, and the device flaws:
 * {@code none}, or {@code realistic}: each device's clock off by up to ±150 ms and drifting by up to ±30 ppm
 * (drawn per device from the seed), every fourth router or radio site with 32-bit counters, and 0.2 % missing,
 * 0.2 % duplicated, 0.2 % late (1.5 s) and 0.05 % malformed messages.
 */
public final class RunSettings {

    private RunSettings() {
    }

    public static EmulatorSettings of(long seed, Duration day, String flaws, Topology topology) {
        if (day.isNegative() || day.isZero()) {
            throw new BadInputException("--day must be positive, got " + day);
        }
        EmulatorSettings base = EmulatorSettings.DEFAULTS.withSeed(seed)
                .withTraffic(EmulatorSettings.DEFAULTS.traffic().withDiurnal(
                        EmulatorSettings.DEFAULTS.traffic().diurnalAmplitude(), day));
        if ("none".equals(flaws)) {
            return base;
        }
        if (!"realistic".equals(flaws)) {
            throw new BadInputException("--flaws must be none or realistic, got '" + flaws + "'");
        }
        DeviceFlaws messages = DeviceFlaws.NONE.withMessages(0.002, 0.002, 0.002, 0.0005, Duration.ofMillis(1500));
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, DeviceFlaws> perDevice = new HashMap<>();
        int k = 0;
        for (Node node : topology.nodes()) {
            DeviceFlaws f = messages.withClock(Duration.ofMillis(random.nextLong(-150, 151)),
                    random.nextDouble(-30, 30));
            if (node.kind() != NodeKind.CORE && node.kind() != NodeKind.EDGE && k++ % 4 == 0) {
                f = f.withCounterBits(32);
            }
            perDevice.put(node.id().value(), f);
            for (Cell cell : node.cells()) {
                perDevice.put(node.id().value() + "/" + cell.id(), messages.withClock(
                        Duration.ofMillis(random.nextLong(-150, 151)), random.nextDouble(-30, 30)));
            }
        }
        return base.withDefaultFlaws(messages).withFlawOverrides(perDevice);
    }
}
