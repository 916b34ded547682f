import { LitElement, css, html, unsafeCSS, svg, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { bytes, floats, formatNumber, uint16s } from './pictures/codec.js';
import { INK, MUTED_INK, NEGATIVE, POSITIVE, css as rgb, diverging, signColour } from './pictures/palette.js';
import { fit, wrap } from './pictures/text.js';

interface Column {
  name: string;
  activation: string;
  size: number;
  shown: number[];
  labels: string[];
}

/** As com.nnplayground.pictures.ui.NetworkDiagram.LayoutMessage sends it. */
interface Layout {
  columns: Column[];
  lines: number[];
  totalWeights: number;
  bias: boolean;
  shape: string;
  notes: string[];
  mapSize: number;
  twoDimensional: boolean;
  plane: number[];
}

interface Node {
  x: number;
  y: number;
  column: number;
  position: number;
  /** Index among all drawn neurons, column after column. */
  index: number;
}

interface Geometry {
  nodes: Node[][];
  size: number;
  valuesBelow: boolean;
  /** The line or two under the drawing while nothing is hovered: what is not drawn, or how to read the numbers. */
  idle: string[];
  width: number;
  height: number;
}

type Focus = { kind: 'line'; line: number } | { kind: 'neuron'; column: number; position: number };

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const TOP = 34;
const SIGN_LEGEND_WIDTH = 178;
const CHAR_WIDTH = 6.6;

/**
 * The network drawn: columns of neurons (each with its own output over the plane, from the server's bytes, on a
 * canvas), an SVG line per weight (blue positive, orange negative, width by size up to weightScale), biases as small
 * squares, each neuron's activation for the chosen row. Hovering (or tapping) a line or a neuron says its numbers.
 * com.nnplayground.pictures.ui.NetworkDiagram sets every property; all text is SVG text, never HTML.
 */
@customElement('network-diagram')
export class NetworkDiagram extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      aspect-ratio: 16 / 10;
      min-height: 220px;
      font-family: var(--lumo-font-family, system-ui, sans-serif);
      color: ${unsafeCSS(INK)};
      user-select: none;
      -webkit-user-select: none;
    }
    .frame {
      position: absolute;
      inset: 0;
      touch-action: pan-y;
    }
    canvas,
    svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
    }
    .empty {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      padding: 1em;
      color: ${unsafeCSS(MUTED_INK)};
      border: 1px dashed #c8c8c8;
      border-radius: 6px;
    }
    text {
      font-size: 12px;
      fill: ${unsafeCSS(INK)};
    }
    .title {
      font-weight: 600;
    }
    .muted {
      fill: ${unsafeCSS(MUTED_INK)};
      font-size: 11px;
    }
    .value {
      font-size: 10px;
      fill: ${unsafeCSS(INK)};
    }
    .readout {
      font-size: 13px;
    }
    line.weight {
      stroke-linecap: round;
    }
  `;

  @property({ type: Object }) layout: Layout | null = null;
  @property() weights = '';
  @property() drawn = '';
  @property() biases = '';
  @property() inputMaps = '';
  @property() maps = '';
  @property() activations = '';
  @property() rowLabel = '';
  @property() description = '';
  @property() note = '';
  @property() emptyText = '';
  @property({ type: Array }) mapRanges: number[] = [];
  @property({ type: Array }) rowPosition: number[] = [];
  @property({ type: Number }) weightScale = 1;

  @state() private box = { width: 0, height: 0 };
  @state() private selection: Focus | null = null;

  private values: Float32Array = new Float32Array(0);
  private drawnLines: number[] = [];
  private biasValues: Float32Array = new Float32Array(0);
  private activationValues: Float32Array = new Float32Array(0);
  private inputMapBytes: Uint8Array = new Uint8Array(0);
  private mapBytes: Uint8Array = new Uint8Array(0);
  private pinned = false;
  private geometry: Geometry | null = null;
  /** Measures labels in the page's own font: a width per character cut wide names (wine's) off at the edge. */
  private measure: CanvasRenderingContext2D | null = null;
  private readonly fitted = new Map<string, string>();
  private readonly resizer = new ResizeObserver((entries) => {
    const r = entries[0].contentRect;
    // a narrow box (a phone) needs height more than width; a height given by the page wins over both
    this.style.aspectRatio = r.width < 520 ? '1 / 1' : '';
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
    if (changed.has('weights')) {
      this.values = floats(this.weights);
    }
    if (changed.has('weights') || changed.has('drawn') || changed.has('layout')) {
      const all = this.layout ? this.layout.lines.length / 3 : 0;
      this.drawnLines = this.drawn ? Array.from(uint16s(this.drawn)) : Array.from({ length: Math.min(all, this.values.length) }, (_, i) => i);
    }
    if (changed.has('biases')) {
      this.biasValues = floats(this.biases);
    }
    if (changed.has('activations')) {
      this.activationValues = floats(this.activations);
    }
    if (changed.has('inputMaps')) {
      this.inputMapBytes = bytes(this.inputMaps);
    }
    if (changed.has('maps')) {
      this.mapBytes = bytes(this.maps);
    }
    if (changed.has('layout')) {
      this.selection = null;
      this.pinned = false;
    }
    if (this.layout && this.box.width > 0) {
      this.geometry = this.layOut(this.layout, this.box.width, this.box.height);
    } else {
      this.geometry = null;
    }
  }

  render() {
    if (!this.layout) {
      return html`<div class="empty" role="img" aria-label=${this.emptyText || 'No network yet'}>${this.emptyText}</div>`;
    }
    const g = this.geometry;
    return html`<div
      class="frame"
      role="img"
      aria-label=${this.description}
      @pointermove=${this.pointerMoved}
      @pointerleave=${this.pointerLeft}
      @pointerdown=${this.pointerDown}
    >
      <canvas></canvas>
      ${g
        ? svg`<svg aria-hidden="true" viewBox="0 0 ${g.width} ${g.height}">
            ${this.titles(g)}${this.lines(g)}${this.neurons(g)}${this.labels(g)}${this.legend(g)}
          </svg>`
        : nothing}
    </div>`;
  }

  protected updated() {
    this.paintMaps();
  }

  private layOut(layout: Layout, width: number, height: number): Geometry {
    const columns = layout.columns;
    const inputLabels = columns[0].labels;
    const outputLabels = columns[columns.length - 1].labels;
    const need = (labels: string[]) => Math.max(0, ...labels.map((l) => this.textWidth(l))) + 10;
    // each side's labels get 22 % of the width, and what short labels on the other side leave (iris' inputs)
    const share = width * 0.22;
    const [needLeft, needRight] = [need(inputLabels), need(outputLabels)];
    const left = Math.min(needLeft, Math.max(share, width * 0.48 - Math.min(needRight, share))) + 4;
    const right = Math.min(needRight, Math.max(share, width * 0.48 - Math.min(needLeft, share))) + 4;
    const plotW = Math.max(40, width - left - right);
    // the legend says where the activations are (below the neurons, or on hover), which the room left decides
    const idle = this.idleLines(layout, width - 8);
    const place = (legendLines: number) => this.place(layout, width, height, left, plotW, legendLines, idle);
    const below = place(this.legendLines(width, true).length);
    return below.valuesBelow ? below : place(this.legendLines(width, false).length);
  }

  /** The neurons' places above a legend of this many lines and the idle readout. */
  private place(layout: Layout, width: number, height: number, left: number, plotW: number, legendLines: number,
    idle: string[]): Geometry {
    const columns = layout.columns;
    const bottom = 10 + 16 * (legendLines + idle.length);
    const plotH = Math.max(40, height - TOP - bottom);
    const slots = Math.max(...columns.map((c) => c.shown.length + (c.shown.length < c.size ? 1 : 0)));
    const across = columns.length > 1 ? (plotW / (columns.length - 1)) * 0.42 : plotW;
    const size = Math.max(8, Math.min(60, plotH / (slots * 1.22), across));
    let index = 0;
    let valuesBelow = true;
    const nodes = columns.map((column, k) => {
      const n = column.shown.length + (column.shown.length < column.size ? 1 : 0);
      const gap = Math.min(plotH / n, size * 1.75);
      valuesBelow = valuesBelow && (n === 1 || gap - size >= 11);
      const x = columns.length === 1 ? left + plotW / 2 : left + size / 2 + (k * (plotW - size)) / (columns.length - 1);
      const y0 = TOP + (plotH - (n - 1) * gap) / 2;
      return column.shown.map((_, position) => ({ x, y: y0 + position * gap, column: k, position, index: index++ }));
    });
    return { nodes, size, valuesBelow, idle, width, height };
  }

  private titles(g: Geometry): SVGTemplateResult[] {
    return this.layout!.columns.map((column, k) => {
      const x = g.nodes[k][0]?.x ?? 0;
      return svg`<text class="title" x=${x} y="13" text-anchor="middle">${column.name}</text>
        ${column.activation ? svg`<text class="muted" x=${x} y="26" text-anchor="middle">${column.activation}</text>` : nothing}`;
    });
  }

  private lines(g: Geometry): SVGTemplateResult[] {
    const lines = this.layout!.lines;
    const scale = this.weightScale > 0 ? this.weightScale : 1;
    const half = g.size / 2;
    const focused = this.selection;
    // many crossing lines read better a little lighter
    const base = this.drawnLines.length <= 100 ? 0.85 : Math.max(0.55, 0.85 - (this.drawnLines.length - 100) / 700);
    const out: SVGTemplateResult[] = [];
    let highlight: SVGTemplateResult | typeof nothing = nothing;
    for (const i of this.drawnLines) {
      const l = lines[3 * i];
      const from = g.nodes[l][lines[3 * i + 1]];
      const to = g.nodes[l + 1][lines[3 * i + 2]];
      const w = this.values[i] ?? 0;
      const width = 0.5 + 6.5 * Math.min(1, Math.abs(w) / scale);
      const touches =
        focused === null ||
        (focused.kind === 'line' && focused.line === i) ||
        (focused.kind === 'neuron' &&
          ((focused.column === l && focused.position === lines[3 * i + 1]) ||
            (focused.column === l + 1 && focused.position === lines[3 * i + 2])));
      const opacity = focused === null ? base : touches ? 0.95 : 0.12;
      out.push(svg`<line class="weight" x1=${from.x + half} y1=${from.y} x2=${to.x - half} y2=${to.y}
        stroke=${signColour(w)} stroke-width=${width.toFixed(2)} stroke-opacity=${opacity}></line>`);
      if (focused?.kind === 'line' && focused.line === i) {
        highlight = svg`<line class="highlight" x1=${from.x + half} y1=${from.y} x2=${to.x - half} y2=${to.y}
          stroke=${INK} stroke-width=${(width + 3).toFixed(2)} stroke-opacity="0.9" stroke-linecap="round"></line>
          <line class="highlight" x1=${from.x + half} y1=${from.y} x2=${to.x - half} y2=${to.y}
          stroke=${signColour(w)} stroke-width=${width.toFixed(2)} stroke-linecap="round"></line>`;
      }
    }
    return [...out, highlight as SVGTemplateResult];
  }

  private neurons(g: Geometry): SVGTemplateResult[] {
    const half = g.size / 2;
    const out: SVGTemplateResult[] = [];
    const scale = this.weightScale > 0 ? this.weightScale : 1;
    const firstHidden = this.layout!.columns[0].shown.length;
    const position = this.rowPosition;
    const plane = this.layout!.plane;
    for (const column of g.nodes) {
      for (const node of column) {
        const focused = this.selection?.kind === 'neuron' && this.selection.column === node.column && this.selection.position === node.position;
        out.push(svg`<rect class="neuron" x=${node.x - half} y=${node.y - half} width=${g.size} height=${g.size} rx="3"
          fill=${this.hasMap(node) ? 'none' : '#f1f3f4'} stroke=${INK} stroke-width=${focused ? 2.5 : 1}></rect>`);
        if (this.hasMap(node) && position.length === 2) {
          const px = node.x - half + (g.size * (position[0] - plane[0])) / (plane[1] - plane[0]);
          if (this.layout!.twoDimensional) {
            const py = node.y + half - (g.size * (position[1] - plane[2])) / (plane[3] - plane[2]);
            out.push(svg`<circle class="row-mark" cx=${px} cy=${py} r=${Math.max(1.6, g.size / 16)} fill="#ffffff"
              stroke=${INK} stroke-width="1"></circle>`);
          } else {
            out.push(svg`<line class="row-mark" x1=${px} y1=${node.y - half} x2=${px} y2=${node.y + half}
              stroke=${INK} stroke-width="1" stroke-dasharray="2 2"></line>`);
          }
        }
        if (this.layout!.bias && node.column > 0) {
          const b = this.biasValues[node.index - firstHidden] ?? 0;
          const side = Math.max(5, g.size * 0.26);
          out.push(svg`<rect class="bias" x=${node.x - half - side / 2} y=${node.y + half - side / 2} width=${side}
            height=${side} fill=${rgb(diverging(0.5 + 0.5 * Math.max(-1, Math.min(1, b / scale))))} stroke=${INK}
            stroke-width="0.75"></rect>`);
        }
        const a = this.activationValues[node.index];
        if (g.valuesBelow && a !== undefined) {
          out.push(svg`<text class="value" x=${node.x} y=${node.y + half + 10} text-anchor="middle">${formatNumber(a, 2)}</text>`);
        }
      }
    }
    this.layout!.columns.forEach((column, k) => {
      const hidden = column.size - column.shown.length;
      const last = g.nodes[k][g.nodes[k].length - 1];
      if (hidden > 0 && last) {
        out.push(svg`<text class="muted" x=${last.x} y=${last.y + half + (g.valuesBelow ? 22 : 13)}
          text-anchor="middle">+${hidden} more</text>`);
      }
    });
    return out;
  }

  private labels(g: Geometry): SVGTemplateResult[] {
    const columns = this.layout!.columns;
    const half = g.size / 2;
    const out: SVGTemplateResult[] = [];
    g.nodes[0].forEach((node, i) => {
      const end = node.x - half - 6;
      out.push(svg`<text x=${end} y=${node.y + 4} text-anchor="end">${this.fit(columns[0].labels[i] ?? '', end - 2)}</text>`);
    });
    const last = columns.length - 1;
    g.nodes[last].forEach((node, i) => {
      const start = node.x + half + 6;
      out.push(
        svg`<text x=${start} y=${node.y + 4} text-anchor="start">${this.fit(columns[last].labels[i] ?? '', g.width - start - 2)}</text>`,
      );
    });
    return out;
  }

  /** A context that measures text in the drawing's font at this size (12 px: the labels; 13 px: the readout). */
  private measureAt(size: number): CanvasRenderingContext2D | null {
    this.measure ??= document.createElement('canvas').getContext('2d');
    const font = `${size}px ${getComputedStyle(this).fontFamily}`;
    if (this.measure && this.measure.font !== font) {
      this.measure.font = font;
    }
    return this.measure;
  }

  /** The text's width in pixels at this size. */
  private textWidth(text: string, size = 12): number {
    return this.measureAt(size)?.measureText(text).width ?? (text.length * CHAR_WIDTH * size) / 12;
  }

  /**
   * The text whole when it fits in {@code room} pixels, else cut with an ellipsis; kept, since the labels are fitted
   * again at every update of a run.
   */
  private fit(text: string, room: number, size = 12): string {
    const key = `${size}|${Math.floor(room)}|${text}`;
    let shown = this.fitted.get(key);
    if (shown === undefined) {
      const ctx = this.measureAt(size);
      shown = ctx ? fit(ctx, text, room) : text;
      if (this.fitted.size > 2000) {
        this.fitted.clear();
      }
      this.fitted.set(key, shown);
    }
    return shown;
  }

  /** The legend's lines, with the activations' numbers {@code valuesBelow} the neurons or shown on hover. */
  private legendLines(width: number, valuesBelow: boolean): string[][] {
    const parts = [`thickest line: |w| = ${formatNumber(this.weightScale)}`];
    if (this.layout?.bias) {
      parts.push('small squares: biases');
    }
    if (this.rowLabel && this.activationValues.length > 0) {
      parts.push(valuesBelow ? `numbers: activations for ${this.rowLabel}` : `hover a neuron: its activation for ${this.rowLabel}`);
    }
    const lines: string[][] = [[]];
    let used = SIGN_LEGEND_WIDTH;
    for (const part of parts) {
      const w = this.textWidth(part, 11) + 14;
      if (used + w > width && lines[lines.length - 1].length > 0) {
        lines.push([]);
        used = 0;
      }
      lines[lines.length - 1].push(part);
      used += w;
    }
    return lines;
  }

  private legend(g: Geometry): SVGTemplateResult {
    const lines = this.legendLines(g.width, g.valuesBelow);
    const first = g.height - 12 - 16 * (lines.length + g.idle.length - 1);
    const readout = this.selection ? [this.readout(g.width - 8)] : g.idle;
    return svg`<g class="legend">
        <line x1="4" y1=${first - 4} x2="26" y2=${first - 4} stroke=${rgb(POSITIVE)} stroke-width="4" stroke-linecap="round"></line>
        <text x="31" y=${first}>positive</text>
        <line x1="88" y1=${first - 4} x2="110" y2=${first - 4} stroke=${rgb(NEGATIVE)} stroke-width="4" stroke-linecap="round"></line>
        <text x="115" y=${first}>negative</text>
        ${lines.map((parts, i) => svg`<text class="muted" x=${i === 0 ? SIGN_LEGEND_WIDTH : 4} y=${first + 16 * i}>${parts.join('  ·  ')}</text>`)}
        ${readout.map((line, i) => svg`<text class="readout" x="4" y=${g.height - 6 - 16 * (g.idle.length - 1 - i)}>${line}</text>`)}
      </g>`;
  }

  /**
   * The notes under the drawing while nothing is hovered, on one line, or on two where they do not fit one (the
   * digits' network: what is drawn of its 64 inputs, its hidden layer and its weights), the second shortened to fit.
   */
  private idleLines(layout: Layout, room: number): string[] {
    const notes = [...layout.notes, this.note].filter((n) => n);
    const text = notes.length ? notes.join(' ') : 'Hover or tap a line or a neuron for its numbers.';
    const ctx = this.measureAt(13);
    return ctx ? wrap(ctx, text, room, 2) : [text];
  }

  /**
   * The line under the drawing about what is hovered, fitted to {@code room} pixels: the numbers are what it is for,
   * so a long neuron name (wine's inputs) is shortened before a number is cut, and a neuron's last facts are left out
   * before its name is.
   */
  private readout(room: number): string {
    const layout = this.layout!;
    const focus = this.selection!;
    if (focus.kind === 'line') {
      const l = layout.lines[3 * focus.line];
      const from = this.neuronName(l, layout.lines[3 * focus.line + 1]);
      const to = this.neuronName(l + 1, layout.lines[3 * focus.line + 2]);
      const head = `W${superscript(l + 1)}, `;
      const tail = `: w = ${formatNumber(this.values[focus.line] ?? NaN, 4)}`;
      const whole = `${head}${from} → ${to}${tail}`;
      if (this.textWidth(whole, 13) <= room) {
        return whole;
      }
      // the names share what the number leaves: a column's own label (a dataset's name) is shortened before a
      // neuron's ("neuron 3 of hidden 1", which says where it is), down to a third of the room
      const names = room - this.textWidth(`${head} → ${tail}`, 13);
      const [wFrom, wTo] = [this.textWidth(from, 13), this.textWidth(to, 13)];
      const [labelFrom, labelTo] = [layout.columns[l].labels.length > 0, layout.columns[l + 1].labels.length > 0];
      let fromRoom = names / 2;
      if (labelFrom && !labelTo) {
        fromRoom = Math.max(names - wTo, Math.min(wFrom, names / 3));
      } else if (labelTo && !labelFrom) {
        fromRoom = names - Math.max(names - wFrom, Math.min(wTo, names / 3));
      } else if (wFrom <= names / 2 || wTo <= names / 2) {
        fromRoom = wFrom <= names / 2 ? wFrom : names - wTo;
      }
      const shown = `${head}${this.fit(from, fromRoom, 13)} → ${this.fit(to, names - Math.min(fromRoom, wFrom), 13)}`;
      return this.fit(shown + tail, room, 13);
    }
    const node = this.geometry?.nodes[focus.column][focus.position];
    const a = node ? this.activationValues[node.index] : undefined;
    const parts = [this.neuronName(focus.column, focus.position)];
    if (a !== undefined) {
      parts.push(`a = ${formatNumber(a, 4)} for ${this.rowLabel}`);
    }
    if (layout.bias && focus.column > 0 && node) {
      parts.push(`bias b = ${formatNumber(this.biasValues[node.index - layout.columns[0].shown.length] ?? NaN, 4)}`);
    }
    const lo = this.mapRanges[2 * focus.column];
    const hi = this.mapRanges[2 * focus.column + 1];
    if (lo !== undefined && hi !== undefined) {
      parts.push(`map: orange ${formatNumber(lo)}, blue ${formatNumber(hi)}`);
    }
    while (parts.length > 1 && this.textWidth(parts.join(' · '), 13) > room) {
      parts.pop();
    }
    return this.fit(parts.join(' · '), room, 13);
  }

  private neuronName(column: number, position: number): string {
    const layout = this.layout!;
    const c = layout.columns[column];
    if (c.labels.length > 0) {
      return c.labels[position];
    }
    return `neuron ${c.shown[position] + 1} of ${c.name}`;
  }

  private hasMap(node: Node): boolean {
    const bytesPerMap = this.mapBytesPerNeuron();
    if (bytesPerMap === 0) {
      return false;
    }
    if (node.column === 0) {
      return this.inputMapBytes.length >= (node.position + 1) * bytesPerMap;
    }
    const at = node.index - this.layout!.columns[0].shown.length;
    return this.mapBytes.length >= (at + 1) * bytesPerMap;
  }

  private mapBytesPerNeuron(): number {
    const m = this.layout?.mapSize ?? 0;
    return this.layout?.twoDimensional ? m * m : m;
  }

  private paintMaps() {
    const canvas = this.renderRoot.querySelector('canvas');
    const g = this.geometry;
    if (!canvas || !g) {
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(g.width * ratio);
    canvas.height = Math.round(g.height * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, g.width, g.height);
    const m = this.layout!.mapSize;
    const perMap = this.mapBytesPerNeuron();
    const tile = document.createElement('canvas');
    tile.width = m;
    tile.height = this.layout!.twoDimensional ? m : 1;
    const tileContext = tile.getContext('2d')!;
    const image = tileContext.createImageData(tile.width, tile.height);
    const half = g.size / 2;
    const firstHidden = this.layout!.columns[0].shown.length;
    for (const column of g.nodes) {
      for (const node of column) {
        if (!this.hasMap(node)) {
          continue;
        }
        const source = node.column === 0 ? this.inputMapBytes : this.mapBytes;
        const at = (node.column === 0 ? node.position : node.index - firstHidden) * perMap;
        const cells = source.subarray(at, at + perMap);
        if (this.layout!.twoDimensional) {
          for (let i = 0; i < cells.length; i++) {
            const [r, gr, b] = diverging(cells[i] / 255);
            image.data[4 * i] = r;
            image.data[4 * i + 1] = gr;
            image.data[4 * i + 2] = b;
            image.data[4 * i + 3] = 255;
          }
          tileContext.putImageData(image, 0, 0);
          ctx.imageSmoothingEnabled = true;
          ctx.drawImage(tile, node.x - half, node.y - half, g.size, g.size);
        } else {
          this.paintCurve(ctx, cells, node.x - half, node.y - half, g.size);
        }
      }
    }
  }

  /** A neuron's output over the one input: its curve, on the colour of its level (orange low, blue high). */
  private paintCurve(ctx: CanvasRenderingContext2D, cells: Uint8Array, x: number, y: number, size: number) {
    const n = cells.length;
    const step = size / n;
    for (let i = 0; i < n; i++) {
      ctx.fillStyle = rgb(diverging(cells[i] / 255), 0.55);
      ctx.fillRect(x + i * step, y, step + 0.5, size);
    }
    ctx.strokeStyle = '#9aa0a6';
    ctx.lineWidth = 0.75;
    ctx.beginPath();
    ctx.moveTo(x, y + size / 2);
    ctx.lineTo(x + size, y + size / 2);
    ctx.stroke();
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.4;
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      const px = x + (i + 0.5) * step;
      const py = y + size - 2 - ((size - 4) * cells[i]) / 255;
      if (i === 0) {
        ctx.moveTo(px, py);
      } else {
        ctx.lineTo(px, py);
      }
    }
    ctx.stroke();
  }

  private pointerMoved(event: PointerEvent) {
    if (event.pointerType === 'mouse' && !this.pinned) {
      this.selection = this.hit(event);
    }
  }

  private pointerLeft() {
    if (!this.pinned) {
      this.selection = null;
    }
  }

  /** A tap (or click) keeps what it hit in focus until the next tap; tapping nothing clears it. */
  private pointerDown(event: PointerEvent) {
    const hit = this.hit(event);
    this.selection = hit;
    this.pinned = hit !== null && event.pointerType !== 'mouse';
  }

  private hit(event: PointerEvent): Focus | null {
    const g = this.geometry;
    if (!g || !this.layout) {
      return null;
    }
    const box = this.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const half = g.size / 2 + 2;
    for (const column of g.nodes) {
      for (const node of column) {
        if (Math.abs(x - node.x) <= half && Math.abs(y - node.y) <= half) {
          return { kind: 'neuron', column: node.column, position: node.position };
        }
      }
    }
    const lines = this.layout.lines;
    const reach = event.pointerType === 'mouse' ? 6 : 14;
    let best = -1;
    let bestDistance = reach;
    for (const i of this.drawnLines) {
      const l = lines[3 * i];
      const from = g.nodes[l][lines[3 * i + 1]];
      const to = g.nodes[l + 1][lines[3 * i + 2]];
      const d = distanceToSegment(x, y, from.x + g.size / 2, from.y, to.x - g.size / 2, to.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best >= 0 ? { kind: 'line', line: best } : null;
  }
}

function distanceToSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length > 0 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length)) : 0;
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function superscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'network-diagram': NetworkDiagram;
  }
}
