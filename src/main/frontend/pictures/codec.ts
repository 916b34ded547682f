/** Reads the compact arrays the server sends (base64, little-endian), as com.nnplayground.pictures.Bytes writes them. */

export function bytes(base64: string | null | undefined): Uint8Array {
  if (!base64) {
    return new Uint8Array(0);
  }
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    out[i] = text.charCodeAt(i);
  }
  return out;
}

export function floats(base64: string | null | undefined): Float32Array {
  const raw = bytes(base64);
  const view = new DataView(raw.buffer);
  const out = new Float32Array(raw.length / 4);
  for (let i = 0; i < out.length; i++) {
    out[i] = view.getFloat32(4 * i, true);
  }
  return out;
}

export function uint16s(base64: string | null | undefined): Uint16Array {
  const raw = bytes(base64);
  const view = new DataView(raw.buffer);
  const out = new Uint16Array(raw.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = view.getUint16(2 * i, true);
  }
  return out;
}

/** A number as the pictures say it: at most `digits` significant digits, a real minus sign. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? 'not a number' : value > 0 ? '∞' : '−∞';
  }
  const text = Math.abs(value) >= 1e6 || (Math.abs(value) < 1e-4 && value !== 0)
    ? value.toExponential(digits - 1)
    : String(Number(value.toPrecision(digits)));
  return text.replace('-', '−');
}

/** Round tick values over [min, max], about `count` of them. */
export function ticks(min: number, max: number, count: number): number[] {
  const span = max - min;
  if (!(span > 0)) {
    return [min];
  }
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return out;
}
