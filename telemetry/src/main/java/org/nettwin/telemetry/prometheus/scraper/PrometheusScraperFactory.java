package org.nettwin.telemetry.prometheus.scraper;

import java.net.URI;
import java.util.Map;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.Target;

/**
 * Creates {@code prometheus} scrapers. The settings are defaults for every target added later (e.g.
 * {@code interval}, {@code timeout}, {@code tls.ca}); when they hold a {@code url}, that target is added at once,
 * named by setting {@code source} or else by the URL's {@code host:port}.
 */
public final class PrometheusScraperFactory implements CollectorFactory {

    @Override
    public String kind() {
        return "prometheus";
    }

    @Override
    public Collector create(Map<String, String> settings) {
        PrometheusScraper scraper = new PrometheusScraper(settings);
        String url = settings.get("url");
        if (url != null && !url.isBlank()) {
            String name = settings.get("source");
            if (name == null || name.isBlank()) {
                URI uri = URI.create(url.strip());
                name = uri.getHost() + ":" + uri.getPort();
            }
            try {
                scraper.add(new Target(name, settings));
            } catch (RuntimeException e) {
                scraper.close();
                throw e;
            }
        }
        return scraper;
    }
}
