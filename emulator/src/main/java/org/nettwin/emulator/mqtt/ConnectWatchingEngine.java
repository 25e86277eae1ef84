package org.nettwin.emulator.mqtt;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The broker's TLS engine, which also reads the header of the first MQTT packet a client sends (its CONNECT) to
 * count the connections Moquette refuses before any authenticator runs: without a user name ({@code anonymous})
 * or without a password ({@code missing-password}). It only looks; every byte passes unchanged.
 */
final class ConnectWatchingEngine extends SSLEngine {

    private static final int HEAD = 32;

    private final SSLEngine engine;
    private final Consumer<String> refused;
    private boolean seen;

    ConnectWatchingEngine(SSLEngine engine, Consumer<String> refused) {
        super(engine.getPeerHost(), engine.getPeerPort());
        this.engine = engine;
        this.refused = refused;
    }

    @Override
    public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer[] dsts, int offset, int length) throws SSLException {
        if (seen) {
            return engine.unwrap(src, dsts, offset, length);
        }
        int[] before = new int[length];
        for (int i = 0; i < length; i++) {
            before[i] = dsts[offset + i].position();
        }
        SSLEngineResult result = engine.unwrap(src, dsts, offset, length);
        if (result.bytesProduced() > 0) {
            seen = true;
            ByteBuffer head = ByteBuffer.allocate(HEAD);
            for (int i = 0; i < length && head.hasRemaining(); i++) {
                ByteBuffer view = dsts[offset + i].duplicate();
                view.limit(view.position()).position(before[i]);
                while (view.hasRemaining() && head.hasRemaining()) {
                    head.put(view.get());
                }
            }
            String reason = refusal(head.array(), head.position());
            if (reason != null) {
                refused.accept(reason);
            }
        }
        return result;
    }

    /**
     * Why Moquette will refuse a CONNECT that starts with {@code head} before authenticating it, or null: the
     * packet type, the remaining length, the protocol name, the level, then the flags (bit 7 user name, 6 password).
     */
    static String refusal(byte[] head, int length) {
        if (length < 2 || (head[0] & 0xF0) != 0x10) {
            return null;
        }
        int i = 1;
        while (i < length && i < 5 && (head[i] & 0x80) != 0) {
            i++;
        }
        i++;
        if (i + 2 > length) {
            return null;
        }
        int name = (head[i] & 0xFF) << 8 | head[i + 1] & 0xFF;
        int flags = i + 2 + name + 1;
        if (flags >= length) {
            return null;
        }
        if ((head[flags] & 0x80) == 0) {
            return "anonymous";
        }
        return (head[flags] & 0x40) == 0 ? "missing-password" : null;
    }

    @Override
    public SSLEngineResult wrap(ByteBuffer[] srcs, int offset, int length, ByteBuffer dst) throws SSLException {
        return engine.wrap(srcs, offset, length, dst);
    }

    @Override
    public Runnable getDelegatedTask() {
        return engine.getDelegatedTask();
    }

    @Override
    public void closeInbound() throws SSLException {
        engine.closeInbound();
    }

    @Override
    public boolean isInboundDone() {
        return engine.isInboundDone();
    }

    @Override
    public void closeOutbound() {
        engine.closeOutbound();
    }

    @Override
    public boolean isOutboundDone() {
        return engine.isOutboundDone();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return engine.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return engine.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String[] suites) {
        engine.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
        return engine.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
        return engine.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String[] protocols) {
        engine.setEnabledProtocols(protocols);
    }

    @Override
    public SSLSession getSession() {
        return engine.getSession();
    }

    @Override
    public SSLSession getHandshakeSession() {
        return engine.getHandshakeSession();
    }

    @Override
    public void beginHandshake() throws SSLException {
        engine.beginHandshake();
    }

    @Override
    public SSLEngineResult.HandshakeStatus getHandshakeStatus() {
        return engine.getHandshakeStatus();
    }

    @Override
    public void setUseClientMode(boolean mode) {
        engine.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
        return engine.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
        engine.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
        return engine.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
        engine.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
        return engine.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
        engine.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
        return engine.getEnableSessionCreation();
    }

    @Override
    public SSLParameters getSSLParameters() {
        return engine.getSSLParameters();
    }

    @Override
    public void setSSLParameters(SSLParameters params) {
        engine.setSSLParameters(params);
    }

    @Override
    public String getApplicationProtocol() {
        return engine.getApplicationProtocol();
    }

    @Override
    public String getHandshakeApplicationProtocol() {
        return engine.getHandshakeApplicationProtocol();
    }

    @Override
    public void setHandshakeApplicationProtocolSelector(BiFunction<SSLEngine, List<String>, String> selector) {
        engine.setHandshakeApplicationProtocolSelector(selector);
    }

    @Override
    public BiFunction<SSLEngine, List<String>, String> getHandshakeApplicationProtocolSelector() {
        return engine.getHandshakeApplicationProtocolSelector();
    }
}
