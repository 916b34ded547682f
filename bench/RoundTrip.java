import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long one cache line takes to go from one core to another and back: two threads hand a counter to each other
 * (each spins until the other has written it), and a round trip is two hand-offs. Prints the median of 9 windows of
 * 20,000 round trips in nanoseconds (a first window, while the JIT compiles, is left out), last as one JSON line for
 * bench/compare.sh. On the 2-vCPU VM of round 10 it was 60-85 ns at some moments and 320-480 ns at others, seconds
 * apart (where the host runs the vCPUs, which the guest cannot see, is the likely reason); and how much a second
 * thread gives large, whose layers change cores at every step, swung as much (bench/README.md, round 10).
 * Usage: java bench/RoundTrip.java
 */
public class RoundTrip {
    static final int ROUND_TRIPS = 20_000;
    static final int WINDOWS = 9;

    public static void main(String[] args) throws InterruptedException {
        AtomicLong line = new AtomicLong();
        long last = 2L * ROUND_TRIPS * (WINDOWS + 1);
        Thread other = new Thread(() -> {
            for (long expected = 1; expected < last; expected += 2) {
                while (line.get() != expected) {
                    // a bare spin: Thread.onSpinWait's pause would add its own latency to the line's
                }
                line.set(expected + 1);
            }
        });
        other.setDaemon(true);
        other.start();
        long value = 0;
        double[] nanos = new double[WINDOWS + 1];
        for (int w = 0; w <= WINDOWS; w++) {
            long begin = System.nanoTime();
            for (int i = 0; i < ROUND_TRIPS; i++) {
                line.set(value + 1);
                value += 2;
                while (line.get() != value) {
                    // as above
                }
            }
            nanos[w] = (System.nanoTime() - begin) / (double) ROUND_TRIPS;
        }
        other.join();
        double[] timed = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(timed);
        System.out.printf("a cache line's round trip between two threads: median %.0f ns (windows %.0f-%.0f ns)%n",
                timed[WINDOWS / 2], timed[0], timed[WINDOWS - 1]);
        System.out.printf("{\"round_trip_ns\":%.0f}%n", timed[WINDOWS / 2]);
    }
}
