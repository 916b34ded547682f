package com.nnplayground.pictures;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** The compact numbers a picture is sent as: values on a 0-255 scale, and arrays as base64 (little-endian). */
public final class Bytes {
    private Bytes() {
    }

    /** {@code value} on the scale from {@code low} (0) to {@code high} (255), clamped; NaN is the middle. */
    public static byte onScale(double value, double low, double high) {
        double t = (value - low) / (high - low);
        if (Double.isNaN(t)) {
            t = 0.5;
        }
        return (byte) Math.round(255 * Math.max(0, Math.min(1, t)));
    }

    /** A byte read back as the 0-255 step it stands for. */
    public static int step(byte b) {
        return b & 0xff;
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** 32-bit floats, as a JavaScript Float32Array reads them. */
    public static String base64(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buffer.putFloat(v);
        }
        return base64(buffer.array());
    }

    /** 16-bit unsigned integers, as a JavaScript Uint16Array reads them. */
    public static String base64(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putShort((short) v);
        }
        return base64(buffer.array());
    }
}
