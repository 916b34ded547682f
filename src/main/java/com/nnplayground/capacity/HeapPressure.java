package com.nnplayground.capacity;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How full the heap is with what is still alive: the heap in use right after the last garbage collection (what a
 * collection could not free), as the JVM reports it after every collection. The estimates of {@link MemoryCost} are
 * estimates; this is the measurement behind them, so that the server refuses new pages when the heap is truly
 * filling up, whatever filled it.
 */
public final class HeapPressure implements AutoCloseable {
    private final long maxHeap;
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private volatile long usedAfterGc;
    private volatile long peakAfterGc;
    private volatile long lastGcMillis = System.currentTimeMillis();

    private HeapPressure(long maxHeap) {
        this.maxHeap = maxHeap;
        this.heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    /** Listens to this JVM's collections until closed. */
    public static HeapPressure watch() {
        HeapPressure pressure = new HeapPressure(Runtime.getRuntime().maxMemory());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(pressure.listener, null, null);
                pressure.emitters.add(emitter);
            }
        }
        return pressure;
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        usedAfterGc = used;
        peakAfterGc = Math.max(peakAfterGc, used);
        lastGcMillis = System.currentTimeMillis();
    }

    /** The heap in use after the last collection, as a percentage of the largest heap ({@code -Xmx}). */
    public double percentUsed() {
        return 100.0 * usedAfterGc / maxHeap;
    }

    /** The highest heap in use after a collection since the last call, in bytes; starts again from the current one. */
    public long drainPeakBytes() {
        long peak = peakAfterGc;
        peakAfterGc = usedAfterGc;
        return peak;
    }

    /** Milliseconds since the last collection: an old figure may say more than the heap holds now. */
    public long millisSinceLastGc() {
        return System.currentTimeMillis() - lastGcMillis;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // nothing left to remove
            }
        }
        emitters.clear();
    }
}
