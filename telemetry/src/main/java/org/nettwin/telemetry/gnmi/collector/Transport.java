package org.nettwin.telemetry.gnmi.collector;

import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one collector's target sessions share: one Netty event-loop group for every channel, one executor for
 * call callbacks (where measurements are converted and handed to the sink) and one scheduler for reconnects and
 * polls. Daemon threads, so a forgotten collector does not keep a JVM alive.
 */
final class Transport implements AutoCloseable {

    final EventLoopGroup group;
    final ExecutorService executor;
    final ScheduledExecutorService scheduler;

    Transport() {
        int cores = Runtime.getRuntime().availableProcessors();
        group = new NioEventLoopGroup(Math.max(2, cores), threads("gnmi-collector-io"));
        executor = Executors.newFixedThreadPool(Math.max(2, cores), threads("gnmi-collector-call"));
        scheduler = Executors.newScheduledThreadPool(1, threads("gnmi-collector-timer"));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        executor.shutdownNow();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
