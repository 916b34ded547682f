import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { bytes, floats, formatNumber, ticks } from './pictures/codec.js';
import { fit, wrap } from './pictures/text.js';
import {
  CLASS_COLOURS,
  INK,
  MUTED_INK,
  WHITE,
  classColour,
  classShape,
  css as rgb,
  diverging,
  drawMarker,
  mix,
  type Rgb,
} from './pictures/palette.js';

interface AxisMessage {
  label: string;
  min: number;
  max: number;
}

/** As com.nnplayground.pictures.ui.OutputMap.PlaneMessage sends it. */
interface Plane {
  x: AxisMessage;
  y: AxisMessage;
  kind: 'binary' | 'multiclass' | 'regression';
  classes: string[];
  target: string;
  valueRange: number[] | null;
  note: string;
  hasTest: boolean;
  /** Two inputs on the axes; otherwise the one input across and the target (or P) up. */
  twoDimensional: boolean;
}

interface Points {
  count: number;
  x: string;
  y: string;
  classes: string;
  values: string;
  test: string;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const CURVE_COLOUR: Rgb = CLASS_COLOURS[3];
const FONT = '12px system-ui, sans-serif';
const LEGEND_BELOW = 58;
const SMALL_FONT = '11px system-ui, sans-serif';

/**
 * The data and what the network learned over it, on one canvas: the rows as points (class colour and shape; test
 * rows hollow), and behind them the network's output over the plane from the server's grid of bytes (two classes:
 * the diverging scale of P; more: the predicted class, paler where less sure; a number: the diverging scale over
 * the target's range), or for one input the fitted curve(s). Hovering the plane reads the output there.
 * com.nnplayground.pictures.ui.OutputMap sets every property; text is drawn as text on the canvas, never HTML.
 */
@customElement('output-map')
export class OutputMap extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      aspect-ratio: 1 / 1;
      min-height: 240px;
    }
    canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
    }
  `;

  @property({ type: Object }) plane: Plane | null = null;
  @property({ type: Object }) points: Points | null = null;
  @property({ type: Number }) outputSize = 0;
  @property() outputCells = '';
  @property() outputCurves = '';
  @property({ type: Boolean }) showTest = true;
  @property({ type: Number }) row = -1;
  @property() status = '';
  @property() description = '';
  @property() emptyText = '';

  @state() private box = { width: 0, height: 0 };
  @state() private probe: string | null = null;

  private px: Float32Array = new Float32Array(0);
  private py: Float32Array = new Float32Array(0);
  private classes: Uint8Array = new Uint8Array(0);
  private values: Float32Array = new Float32Array(0);
  private test: Uint8Array = new Uint8Array(0);
  private cells: Uint8Array = new Uint8Array(0);
  private curves: Float32Array = new Float32Array(0);
  private plot: Rect | null = null;
  /** A context off the page in which the legend is laid out to know its height before the plot is placed. */
  private scratch: CanvasRenderingContext2D | null = null;
  private pointsLayer: HTMLCanvasElement | null = null;
  private pointsKey = '';
  private readonly resizer = new ResizeObserver((entries) => {
    const r = entries[0].contentRect;
    if (r.width !== this.box.width || r.height !== this.box.height) {
      this.box = { width: r.width, height: r.height };
    }
  });

  connectedCallback() {
    super.connectedCallback();
    this.resizer.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer.disconnect();
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('points')) {
      const p = this.points;
      this.px = floats(p?.x);
      this.py = floats(p?.y);
      this.classes = bytes(p?.classes);
      this.values = floats(p?.values);
      this.test = bytes(p?.test);
      this.pointsLayer = null;
    }
    if (changed.has('plane')) {
      this.pointsLayer = null;
    }
    if (changed.has('outputCells')) {
      this.cells = bytes(this.outputCells);
    }
    if (changed.has('outputCurves')) {
      this.curves = floats(this.outputCurves);
    }
  }

  render() {
    return html`<canvas
      role="img"
      aria-label=${this.description || this.emptyText || 'Data and output map'}
      @pointermove=${this.pointerMoved}
      @pointerdown=${this.pointerDown}
      @pointerleave=${() => (this.probe = null)}
    ></canvas>`;
  }

  protected updated() {
    this.paint();
  }

  private paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    const { width, height } = this.box;
    if (!canvas || width === 0 || height === 0) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const plane = this.plane;
    if (!plane || !this.points) {
      this.plot = null;
      ctx.fillStyle = MUTED_INK;
      ctx.font = FONT;
      ctx.textAlign = 'center';
      wrap(ctx, this.emptyText || 'No data yet.', width - 24, 4).forEach((line, i) =>
        ctx.fillText(line, width / 2, height / 2 + i * 16),
      );
      return;
    }
    const legendRight = width >= 480;
    const legendWidth = legendRight ? Math.min(150, width * 0.3) : 0;
    ctx.font = SMALL_FONT;
    const noteLines = plane.note ? wrap(ctx, plane.note, width - 8, 2) : [];
    const top = 22 + noteLines.length * 14 + 6;
    const twoD = this.isTwoD();
    const below = legendRight ? 0 : this.legendBelowHeight(width, plane, twoD);
    const bottom = 40 + below;
    const left = 54;
    const availW = width - left - legendWidth - 12;
    const availH = height - top - bottom;
    const side = Math.max(40, Math.min(availW, availH));
    const plot: Rect = twoD
      ? { x: left + (availW - side) / 2, y: top + (availH - side) / 2, w: side, h: side }
      : { x: left, y: top, w: Math.max(40, availW), h: Math.max(40, availH) };
    this.plot = plot;

    this.paintHeader(ctx, noteLines, width);
    if (twoD) {
      this.paintBackground(ctx, plot);
    }
    this.paintAxes(ctx, plot, plane);
    ctx.save();
    ctx.beginPath();
    ctx.rect(plot.x, plot.y, plot.w, plot.h);
    ctx.clip();
    if (!twoD) {
      this.paintCurves(ctx, plot, plane);
    }
    this.paintPoints(ctx, plot, plane, twoD);
    ctx.restore();
    if (legendRight) {
      this.paintLegend(ctx, { x: width - legendWidth - 4, y: top, w: legendWidth, h: availH }, plane, twoD, true);
    } else {
      this.paintLegend(ctx, { x: 8, y: height - below, w: width - 16, h: below }, plane, twoD, false);
    }
  }

  /** The height the legend takes below the plot, as many lines as its entries wrap to at this width. */
  private legendBelowHeight(width: number, plane: Plane, twoD: boolean): number {
    this.scratch ??= document.createElement('canvas').getContext('2d');
    if (!this.scratch) {
      return LEGEND_BELOW;
    }
    const end = this.paintLegend(this.scratch, { x: 8, y: 0, w: width - 16, h: LEGEND_BELOW }, plane, twoD, false);
    return Math.max(LEGEND_BELOW, Math.ceil(end) + 4);
  }

  private isTwoD(): boolean {
    return this.plane?.twoDimensional === true;
  }

  private paintHeader(ctx: CanvasRenderingContext2D, noteLines: string[], width: number) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.font = 'bold ' + FONT;
    ctx.fillStyle = INK;
    const header = this.probe ?? (this.status || 'The data (no network yet)');
    ctx.fillText(fit(ctx, header, width - 8), 4, 15);
    ctx.font = SMALL_FONT;
    ctx.fillStyle = MUTED_INK;
    noteLines.forEach((line, i) => ctx.fillText(line, 4, 31 + i * 14));
  }

  private paintBackground(ctx: CanvasRenderingContext2D, plot: Rect) {
    const n = this.outputSize;
    if (n === 0 || this.cells.length < n * n) {
      ctx.fillStyle = '#fafafa';
      ctx.fillRect(plot.x, plot.y, plot.w, plot.h);
      return;
    }
    const tile = document.createElement('canvas');
    tile.width = n;
    tile.height = n;
    const tileContext = tile.getContext('2d')!;
    const image = tileContext.createImageData(n, n);
    const kind = this.plane!.kind;
    const k = this.plane!.classes.length;
    for (let i = 0; i < n * n; i++) {
      let colour: Rgb;
      if (kind === 'multiclass') {
        const p = this.cells[n * n + i] / 255;
        const sure = Math.max(0, Math.min(1, (p - 1 / k) / (1 - 1 / k)));
        colour = mix(WHITE, classColour(this.cells[i]), 0.15 + 0.6 * sure);
      } else {
        colour = mix(diverging(this.cells[i] / 255), WHITE, 0.2);
      }
      image.data[4 * i] = colour[0];
      image.data[4 * i + 1] = colour[1];
      image.data[4 * i + 2] = colour[2];
      image.data[4 * i + 3] = 255;
    }
    tileContext.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(tile, plot.x, plot.y, plot.w, plot.h);
  }

  private paintAxes(ctx: CanvasRenderingContext2D, plot: Rect, plane: Plane) {
    ctx.strokeStyle = '#9aa0a6';
    ctx.lineWidth = 1;
    ctx.strokeRect(plot.x + 0.5, plot.y + 0.5, plot.w - 1, plot.h - 1);
    ctx.fillStyle = INK;
    ctx.font = SMALL_FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of ticks(plane.x.min, plane.x.max, Math.max(2, Math.floor(plot.w / 70)))) {
      const x = this.toX(t, plot, plane);
      ctx.beginPath();
      ctx.moveTo(x, plot.y + plot.h);
      ctx.lineTo(x, plot.y + plot.h + 4);
      ctx.stroke();
      ctx.fillText(formatNumber(t), x, plot.y + plot.h + 6);
    }
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of ticks(plane.y.min, plane.y.max, Math.max(2, Math.floor(plot.h / 50)))) {
      const y = this.toY(t, plot, plane);
      ctx.beginPath();
      ctx.moveTo(plot.x - 4, y);
      ctx.lineTo(plot.x, y);
      ctx.stroke();
      ctx.fillText(formatNumber(t), plot.x - 6, y);
    }
    ctx.font = FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillText(fit(ctx, plane.x.label, plot.w), plot.x + plot.w / 2, plot.y + plot.h + 22);
    ctx.save();
    ctx.translate(12, plot.y + plot.h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(fit(ctx, plane.y.label, plot.h), 0, 0);
    ctx.restore();
  }

  private paintCurves(ctx: CanvasRenderingContext2D, plot: Rect, plane: Plane) {
    const n = this.outputSize;
    if (n === 0 || this.curves.length < n) {
      return;
    }
    const outputs = this.curves.length / n;
    if (plane.kind === 'binary') {
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = '#9aa0a6';
      ctx.lineWidth = 1;
      const y = this.toY(0.5, plot, plane);
      ctx.beginPath();
      ctx.moveTo(plot.x, y);
      ctx.lineTo(plot.x + plot.w, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    for (let k = 0; k < outputs; k++) {
      const colour = plane.kind === 'multiclass' ? classColour(k) : plane.kind === 'binary' ? [34, 34, 34] as Rgb : CURVE_COLOUR;
      ctx.beginPath();
      for (let i = 0; i < n; i++) {
        const x = plane.x.min + ((plane.x.max - plane.x.min) * i) / (n - 1);
        const px = this.toX(x, plot, plane);
        const py = this.toY(this.curves[k * n + i], plot, plane);
        if (i === 0) {
          ctx.moveTo(px, py);
        } else {
          ctx.lineTo(px, py);
        }
      }
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 6;
      ctx.stroke();
      ctx.strokeStyle = rgb(colour);
      ctx.lineWidth = 3;
      ctx.stroke();
    }
  }

  /**
   * The rows, drawn once into a layer of their own and copied onto each frame: only the output behind them changes
   * with each update, and a large dataset's thousands of markers would otherwise be redrawn a few times a second.
   */
  private paintPoints(ctx: CanvasRenderingContext2D, plot: Rect, plane: Plane, twoD: boolean) {
    const ratio = window.devicePixelRatio || 1;
    const key = [plot.x, plot.y, plot.w, plot.h, ratio, this.showTest].join(' ');
    if (!this.pointsLayer || this.pointsKey !== key) {
      const layer = document.createElement('canvas');
      layer.width = Math.ceil((plot.x + plot.w) * ratio);
      layer.height = Math.ceil((plot.y + plot.h) * ratio);
      const layerContext = layer.getContext('2d')!;
      layerContext.setTransform(ratio, 0, 0, ratio, 0, 0);
      this.drawRows(layerContext, plot, plane, twoD);
      this.pointsLayer = layer;
      this.pointsKey = key;
    }
    ctx.drawImage(this.pointsLayer, 0, 0, this.pointsLayer.width / ratio, this.pointsLayer.height / ratio);
    const count = this.px.length;
    if (this.row >= 0 && this.row < count && (this.showTest || this.test[this.row] !== 1)) {
      const x = this.toX(this.px[this.row], plot, plane);
      const y = this.toY(this.py[this.row], plot, plane);
      ctx.beginPath();
      ctx.arc(x, y, this.markerRadius(plot) + 5, 0, 2 * Math.PI);
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = INK;
      ctx.stroke();
    }
  }

  private markerRadius(plot: Rect): number {
    const count = this.px.length;
    const base = count > 2000 ? 2.4 : count > 600 ? 3.2 : count > 20 ? 4.6 : 7;
    return base * Math.max(0.8, Math.min(1.4, plot.w / 420));
  }

  private drawRows(ctx: CanvasRenderingContext2D, plot: Rect, plane: Plane, twoD: boolean) {
    const count = this.px.length;
    const r = this.markerRadius(plot);
    const range = plane.valueRange;
    for (const testPass of [false, true]) {
      if (testPass && !this.showTest) {
        continue;
      }
      for (let i = 0; i < count; i++) {
        const isTest = this.test[i] === 1;
        if (isTest !== testPass) {
          continue;
        }
        const x = this.toX(this.px[i], plot, plane);
        const y = this.toY(this.py[i], plot, plane);
        if (plane.kind === 'regression') {
          const colour = twoD && range ? diverging((this.values[i] - range[0]) / (range[1] - range[0])) : CLASS_COLOURS[1];
          drawMarker(ctx, 'circle', x, y, r * 0.85, colour, isTest);
        } else {
          const k = this.classes[i];
          drawMarker(ctx, classShape(k), x, y, r, classColour(k), isTest);
        }
      }
    }
  }

  /** Paints the legend in the box, entries one under the other when {@code vertical}; returns where it ends (y). */
  private paintLegend(ctx: CanvasRenderingContext2D, box: Rect, plane: Plane, twoD: boolean, vertical: boolean): number {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.font = FONT;
    let x = box.x + 8;
    let y = box.y + 10;
    const advance = (width: number) => {
      if (vertical) {
        y += 20;
      } else {
        x += width + 18;
        if (x > box.x + box.w - 60) {
          x = box.x + 8;
          y += 18;
        }
      }
    };
    const entry = (draw: () => void, label: string) => {
      ctx.font = FONT;
      const text = fit(ctx, label, vertical ? box.w - 26 : Math.min(160, box.w - 22));
      // an entry that would run past the right edge starts the next line (wine's third cultivar was cut off)
      if (!vertical && x > box.x + 8 && x + 14 + ctx.measureText(text).width > box.x + box.w) {
        x = box.x + 8;
        y += 18;
      }
      draw();
      ctx.fillStyle = INK;
      ctx.font = FONT;
      ctx.fillText(text, x + 14, y);
      advance(14 + ctx.measureText(text).width);
    };
    if (plane.kind === 'regression') {
      this.paintScale(ctx, box, plane, twoD, vertical);
      return box.y + LEGEND_BELOW - 4;
    }
    plane.classes.forEach((name, k) =>
      entry(() => drawMarker(ctx, classShape(k), x + 4, y, 4.6, classColour(k), false), `${plane.target} = ${name}`),
    );
    if (plane.hasTest && this.showTest) {
      entry(() => drawMarker(ctx, 'circle', x + 4, y, 4.6, [154, 160, 166], true), 'test rows');
    }
    if (twoD && this.cells.length > 0) {
      if (!vertical && x > box.x + 8) {
        x = box.x + 8;
        y += 18;
      }
      ctx.font = SMALL_FONT;
      ctx.fillStyle = MUTED_INK;
      const text = plane.kind === 'binary'
        ? `background: P(${plane.target} = ${plane.classes[1]}), orange 0 to blue 1`
        : 'background: the predicted class, paler where less sure';
      wrap(ctx, text, vertical ? box.w - 8 : box.w - 16, 3).forEach((line) => {
        ctx.fillText(line, x, y);
        y += 14;
      });
      return y - 6;
    }
    return vertical || x === box.x + 8 ? y - 10 : y + 9;
  }

  /** The colour scale of a numeric target, with its ends and middle. */
  private paintScale(ctx: CanvasRenderingContext2D, box: Rect, plane: Plane, twoD: boolean, vertical: boolean) {
    const range = plane.valueRange ?? [0, 1];
    ctx.font = FONT;
    ctx.fillStyle = INK;
    if (!twoD) {
      drawMarker(ctx, 'circle', box.x + 12, box.y + 10, 4, CLASS_COLOURS[1], false);
      ctx.fillStyle = INK;
      ctx.fillText('rows', box.x + 24, box.y + 10);
      ctx.strokeStyle = rgb(CURVE_COLOUR);
      ctx.lineWidth = 3;
      ctx.beginPath();
      const y = vertical ? box.y + 30 : box.y + 10;
      const x = vertical ? box.x + 6 : box.x + 80;
      ctx.moveTo(x, y);
      ctx.lineTo(x + 14, y);
      ctx.stroke();
      ctx.fillText("the network's output", x + 20, y);
      return;
    }
    const barX = box.x + 8;
    const barY = box.y + 22;
    const barH = vertical ? Math.min(160, box.h - 40) : 10;
    const barW = vertical ? 14 : Math.min(180, box.w - 80);
    ctx.fillText(fit(ctx, plane.target, box.w - 8), box.x + 4, box.y + 8);
    const steps = 48;
    for (let i = 0; i < steps; i++) {
      const t = i / (steps - 1);
      ctx.fillStyle = rgb(diverging(vertical ? 1 - t : t));
      if (vertical) {
        ctx.fillRect(barX, barY + (i * barH) / steps, barW, barH / steps + 1);
      } else {
        ctx.fillRect(barX + (i * barW) / steps, barY, barW / steps + 1, barH);
      }
    }
    ctx.fillStyle = INK;
    ctx.font = SMALL_FONT;
    const mid = (range[0] + range[1]) / 2;
    if (vertical) {
      ctx.fillText(formatNumber(range[1]), barX + barW + 6, barY + 4);
      ctx.fillText(formatNumber(mid), barX + barW + 6, barY + barH / 2);
      ctx.fillText(formatNumber(range[0]), barX + barW + 6, barY + barH - 4);
      ctx.fillStyle = MUTED_INK;
      wrap(ctx, "points: the rows' values; background: the network's output (clamped to this range)", box.w - 8, 4)
        .forEach((line, i) => ctx.fillText(line, box.x + 4, barY + barH + 16 + i * 14));
    } else {
      ctx.textAlign = 'center';
      ctx.fillText(formatNumber(range[0]), barX, barY + barH + 9);
      ctx.fillText(formatNumber(range[1]), barX + barW, barY + barH + 9);
    }
  }

  private toX(value: number, plot: Rect, plane: Plane): number {
    return plot.x + ((value - plane.x.min) / (plane.x.max - plane.x.min)) * plot.w;
  }

  private toY(value: number, plot: Rect, plane: Plane): number {
    return plot.y + plot.h - ((value - plane.y.min) / (plane.y.max - plane.y.min)) * plot.h;
  }

  /**
   * A click or tap on a point chooses its row (the page shows that row's numbers in the drawing and the maths panel:
   * a "row-chosen" event with the row's index); anywhere else it reads the output there, as hovering does.
   */
  private pointerDown(event: PointerEvent) {
    this.pointerMoved(event);
    const plot = this.plot;
    const plane = this.plane;
    if (!plot || !plane) {
      return;
    }
    const box = this.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    let best = -1;
    let bestDistance = this.markerRadius(plot) + (event.pointerType === 'mouse' ? 3 : 10);
    for (let i = 0; i < this.px.length; i++) {
      if (this.test[i] === 1 && !this.showTest) {
        continue;
      }
      const d = Math.hypot(x - this.toX(this.px[i], plot, plane), y - this.toY(this.py[i], plot, plane));
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    if (best >= 0) {
      this.dispatchEvent(new CustomEvent('row-chosen', { detail: { row: best } }));
    }
  }

  /** What the network outputs under the pointer, read from the grid the server sent. */
  private pointerMoved(event: PointerEvent) {
    const plot = this.plot;
    const plane = this.plane;
    const n = this.outputSize;
    if (!plot || !plane || n === 0) {
      return;
    }
    const box = this.getBoundingClientRect();
    const fx = (event.clientX - box.left - plot.x) / plot.w;
    const fy = (event.clientY - box.top - plot.y) / plot.h;
    if (fx < 0 || fx > 1 || fy < 0 || fy > 1) {
      this.probe = null;
      return;
    }
    const x = plane.x.min + fx * (plane.x.max - plane.x.min);
    const at = `${plane.x.label} = ${formatNumber(x)}`;
    if (!this.isTwoD()) {
      const i = Math.round(fx * (n - 1));
      const outputs = Math.round(this.curves.length / n);
      const values = Array.from({ length: outputs }, (_, k) => formatNumber(this.curves[k * n + i], 3));
      this.probe = values.length ? `${at}: the network gives ${values.join(', ')}` : null;
      return;
    }
    const y = plane.y.max - fy * (plane.y.max - plane.y.min);
    const cell = Math.min(n - 1, Math.floor(fy * n)) * n + Math.min(n - 1, Math.floor(fx * n));
    const where = `${at}, ${plane.y.label} = ${formatNumber(y)}`;
    if (plane.kind === 'binary') {
      this.probe = `${where}: P(${plane.target} = ${plane.classes[1]}) ≈ ${formatNumber(this.cells[cell] / 255, 2)}`;
    } else if (plane.kind === 'multiclass') {
      this.probe = `${where}: ${plane.classes[this.cells[cell]]} (${formatNumber(this.cells[n * n + cell] / 255, 2)})`;
    } else {
      const r = plane.valueRange ?? [0, 1];
      this.probe = `${where}: output ≈ ${formatNumber(r[0] + ((r[1] - r[0]) * this.cells[cell]) / 255)}`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'output-map': OutputMap;
  }
}
