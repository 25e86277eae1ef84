package org.nettwin.model.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * All readers known to the class path (found with {@link ServiceLoader}), and reading a file whose format is
 * detected from its content, never from its name.
 */
public final class NetworkReaders {

    private final List<NetworkReader> readers;

    private NetworkReaders(List<NetworkReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The readers registered in {@code META-INF/services/org.nettwin.model.format.NetworkReader}. */
    public static NetworkReaders installed() {
        List<NetworkReader> found = new ArrayList<>();
        ServiceLoader.load(NetworkReader.class, NetworkReaders.class.getClassLoader()).forEach(found::add);
        return new NetworkReaders(found);
    }

    public static NetworkReaders of(List<NetworkReader> readers) {
        return new NetworkReaders(readers);
    }

    public List<NetworkReader> readers() {
        return readers;
    }

    public Optional<NetworkReader> reader(Format format) {
        return readers.stream().filter(r -> r.format() == format).findFirst();
    }

    public NetworkFile read(Path path) throws FormatException {
        return read(InputFile.read(path));
    }

    /** Detects the format from the content and reads the file with the matching reader. */
    public NetworkFile read(InputFile file) throws FormatException {
        return detect(file).read(file);
    }

    /** The reader for this content, or a {@link FormatException} saying why there is none. */
    public NetworkReader detect(InputFile file) throws FormatException {
        if (file.content().length == 0 || file.text().isBlank()) {
            throw new FormatException(file.name(), "", "file is empty");
        }
        if (looksBinary(file)) {
            throw new FormatException(file.name(), "", "not a text file (binary content); expected GraphML, SNDlib, "
                    + "scenario JSON or nettwin JSON");
        }
        for (NetworkReader reader : readers) {
            if (reader.recognises(file)) {
                return reader;
            }
        }
        Optional<NetworkReader> json = reader(Format.SCENARIO);
        if (file.text().strip().startsWith("{") && json.isPresent()) {
            // A JSON object that is neither format's recognisable shape: let the scenario reader say what is missing.
            return json.get();
        }
        throw new FormatException(file.name(), "", "unrecognised format; expected Topology Zoo GraphML, SNDlib native "
                + "or XML, scenario JSON or nettwin topology JSON");
    }

    private static boolean looksBinary(InputFile file) {
        byte[] bytes = file.content();
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0d && b < 0x20) {
                control++;
            }
        }
        return control > n / 20;
    }
}
