package org.nettwin.emulator.mqtt;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ApplicationProtocolNegotiator;
import io.netty.handler.ssl.SslContext;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;

/** The broker's server TLS context, handing out {@link ConnectWatchingEngine}s around its own engines. */
final class WatchedServerTls extends SslContext {

    private final SslContext tls;
    private final Consumer<String> refused;

    WatchedServerTls(SslContext tls, Consumer<String> refused) {
        this.tls = tls;
        this.refused = refused;
    }

    @Override
    public boolean isClient() {
        return false;
    }

    @Override
    public List<String> cipherSuites() {
        return tls.cipherSuites();
    }

    @Override
    @SuppressWarnings("deprecation")
    public ApplicationProtocolNegotiator applicationProtocolNegotiator() {
        return tls.applicationProtocolNegotiator();
    }

    @Override
    public SSLEngine newEngine(ByteBufAllocator alloc) {
        return new ConnectWatchingEngine(tls.newEngine(alloc), refused);
    }

    @Override
    public SSLEngine newEngine(ByteBufAllocator alloc, String peerHost, int peerPort) {
        return new ConnectWatchingEngine(tls.newEngine(alloc, peerHost, peerPort), refused);
    }

    @Override
    public SSLSessionContext sessionContext() {
        return tls.sessionContext();
    }
}
