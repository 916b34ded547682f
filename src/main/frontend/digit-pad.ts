import { LitElement, css, html, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { greyLevel } from './digit-image';

/** At most one drawing on its way to the server, and at most one every this many milliseconds. */
const SEND_EVERY_MS = 100;
/** Below the server's limits (com.nnplayground.dataset.DigitDrawing: 4,000 points, 200 strokes). */
const MAX_POINTS = 3_500;
const MAX_STROKES = 190;
/** Okabe and Ito's blue, the palette's colour for a positive value. */
const BAR = 'rgb(0, 114, 178)';

type Server = { drawn(strokes: number[][]): Promise<unknown> };

/**
 * "Draw a digit": a square pad to draw on with a mouse, a pen or a finger, the grid of pixels the network reads
 * (the server's reduction of the drawing, numbers in each cell) and the network's probability for each class as
 * bars. The component only draws: it sends the strokes (x, y in 0-1 of the pad, y down) to the server while the
 * student draws, at most one drawing in flight and one every 100 ms, and the server answers with the
 * {@code pixels} and {@code probabilities} properties (com.nnplayground.results.ui.DigitPad).
 */
@customElement('digit-pad')
export class DigitPad extends LitElement {
  static styles = css`
    :host {
      display: block;
      width: 100%;
      --pad-size: 18rem;
      --preview-size: 14rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lumo-space-m, 1rem);
      align-items: flex-start;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-size: var(--lumo-font-size-s, 0.875rem);
      color: var(--lumo-secondary-text-color, #555);
      margin-top: 0.25rem;
      max-width: var(--preview-size);
    }
    .pad {
      display: block;
      width: var(--pad-size);
      height: var(--pad-size);
      touch-action: none;
      cursor: crosshair;
      border: 2px solid var(--lumo-contrast-50pct, #777);
      border-radius: var(--lumo-border-radius-m, 4px);
      background: #fff;
      box-sizing: border-box;
    }
    .preview {
      display: block;
      width: var(--preview-size);
      height: var(--preview-size);
    }
    .answer {
      flex: 1 1 12rem;
      min-width: 12rem;
      max-width: 22rem;
    }
    .caption {
      font-size: var(--lumo-font-size-l, 1.125rem);
      font-weight: 600;
      min-height: 1.6em;
    }
    .bars {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      font-size: var(--lumo-font-size-l, 1.125rem);
    }
    .bar {
      display: grid;
      grid-template-columns: 1.4em minmax(3rem, 1fr) 4.2em;
      gap: 0.5rem;
      align-items: center;
    }
    .name {
      font-weight: 600;
      text-align: right;
    }
    .track {
      height: 1rem;
      background: var(--lumo-contrast-10pct, #eee);
      border-radius: 2px;
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: ${unsafeCSS(BAR)};
    }
    .value {
      font-variant-numeric: tabular-nums;
      text-align: right;
      color: var(--lumo-secondary-text-color, #555);
    }
    .bar.best .name,
    .bar.best .value {
      color: var(--lumo-body-text-color, #111);
      font-weight: 700;
    }
    .problem {
      color: var(--lumo-error-text-color, #b00);
    }
    @media (max-width: 480px) {
      :host {
        --pad-size: min(18rem, calc(100vw - 3rem));
        --preview-size: 9rem;
      }
    }
  `;

  /** The grid the server made of the drawing, row by row (0-16); empty before anything is drawn. */
  @property({ type: Array }) pixels: number[] = [];
  @property({ type: Number }) columns = 8;
  /** Rows of pixels in the grid. */
  @property({ type: Number }) rows = 8;
  /** The network's probability for each class, in the order of {@link labels}; empty before anything is drawn. */
  @property({ type: Array }) probabilities: number[] = [];
  @property({ type: Array }) labels: string[] = [];
  /** Why the last drawing was not read, or empty. */
  @property() problem = '';

  private strokes: number[][] = [];
  private points = 0;
  private drawing = false;
  private pending = false;
  private inFlight = false;
  private lastSent = 0;
  private timer?: number;
  private resizer?: ResizeObserver;

  /** Strokes drawn so far, for the browser tests. */
  get strokeCount(): number {
    return this.strokes.length;
  }

  /** Forgets the drawing; the server clears the pixels and the bars. */
  clear() {
    this.strokes = [];
    this.points = 0;
    this.pending = false;
    this.drawPad();
  }

  render() {
    const best = this.bestClass();
    return html`
      <div class="row">
        <figure>
          <canvas
            class="pad"
            role="img"
            aria-label="Drawing pad: draw a digit with the mouse or a finger. Keyboard: type the pixel values in the fields below instead."
            @pointerdown=${this.down}
            @pointermove=${this.move}
            @pointerup=${this.up}
            @pointercancel=${this.up}
          ></canvas>
          <figcaption>Draw one digit, large, in the middle.</figcaption>
        </figure>
        <figure>
          <canvas class="preview" role="img" aria-label=${this.previewText()}></canvas>
          <figcaption>What the network reads: ${this.columns}x${this.rows} counts of ink, 0-16</figcaption>
        </figure>
        <div class="answer">
          <div class="caption ${this.problem ? 'problem' : ''}" aria-live="polite">
            ${this.problem || (best < 0 ? 'Probabilities appear as you draw.' : `It reads ${this.labels[best]}.`)}
          </div>
          <div class="bars" role="list" aria-label="The network's probability for each digit">
            ${this.labels.map((label, k) => {
              const p = this.probabilities[k];
              const shown = p === undefined ? '–' : `${(100 * p).toFixed(p >= 0.995 || p < 0.005 ? 0 : 1)} %`;
              const said = p === undefined ? `${label}: nothing drawn yet` : `${label}: ${shown}`;
              return html`<div class="bar ${k === best ? 'best' : ''}" role="listitem" aria-label=${said}>
                <span class="name" aria-hidden="true">${label}</span>
                <span class="track" aria-hidden="true"
                  ><span class="fill" style="width: ${p === undefined ? 0 : (100 * p).toFixed(1)}%"></span
                ></span>
                <span class="value" aria-hidden="true">${shown}</span>
              </div>`;
            })}
          </div>
        </div>
      </div>
    `;
  }

  firstUpdated() {
    this.resizer = new ResizeObserver(() => {
      this.drawPad();
      this.drawPreview();
    });
    this.renderRoot.querySelectorAll('canvas').forEach((c) => this.resizer!.observe(c));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    window.clearTimeout(this.timer);
  }

  updated() {
    this.drawPreview();
  }

  private bestClass(): number {
    let best = -1;
    this.probabilities.forEach((p, k) => {
      if (best < 0 || p > this.probabilities[best]) {
        best = k;
      }
    });
    return best;
  }

  private previewText(): string {
    if (this.pixels.length === 0) {
      return 'The grid the network reads: empty until you draw.';
    }
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) {
      lines.push(this.pixels.slice(r * this.columns, (r + 1) * this.columns).join(' '));
    }
    return `The grid the network reads, row by row: ${lines.join('; ')}`;
  }

  private point(e: PointerEvent, pad: HTMLCanvasElement): [number, number] {
    const box = pad.getBoundingClientRect();
    const round = (v: number) => Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000;
    return [round((e.clientX - box.left) / box.width), round((e.clientY - box.top) / box.height)];
  }

  private down(e: PointerEvent) {
    if (e.button !== 0 || this.strokes.length >= MAX_STROKES || this.points >= MAX_POINTS) {
      return;
    }
    const pad = e.currentTarget as HTMLCanvasElement;
    pad.setPointerCapture(e.pointerId);
    e.preventDefault();
    this.drawing = true;
    this.strokes.push([...this.point(e, pad)]);
    this.points++;
    this.drawPad();
    this.send();
  }

  private move(e: PointerEvent) {
    if (!this.drawing) {
      return;
    }
    const pad = e.currentTarget as HTMLCanvasElement;
    const stroke = this.strokes[this.strokes.length - 1];
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [e];
    for (const event of events.length ? events : [e]) {
      const [x, y] = this.point(event, pad);
      const dx = x - stroke[stroke.length - 2];
      const dy = y - stroke[stroke.length - 1];
      if (dx * dx + dy * dy >= 0.005 * 0.005 && this.points < MAX_POINTS) {
        stroke.push(x, y);
        this.points++;
      }
    }
    this.drawPad();
    this.send();
  }

  private up() {
    if (this.drawing) {
      this.drawing = false;
      this.send();
    }
  }

  /** Sends the drawing when the last one has been answered and 100 ms have passed; else once that is so. */
  private send() {
    this.pending = true;
    if (this.inFlight) {
      return;
    }
    const wait = this.lastSent + SEND_EVERY_MS - performance.now();
    if (wait > 0) {
      if (this.timer === undefined) {
        this.timer = window.setTimeout(() => {
          this.timer = undefined;
          this.send();
        }, wait);
      }
      return;
    }
    const server = (this as unknown as { $server?: Server }).$server;
    if (!server) {
      return;
    }
    this.pending = false;
    this.inFlight = true;
    this.lastSent = performance.now();
    Promise.resolve(server.drawn(this.strokes.map((s) => [...s])))
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.pending) {
          this.send();
        }
      });
  }

  private fit(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    return canvas.getContext('2d');
  }

  private drawPad() {
    const pad = this.renderRoot.querySelector<HTMLCanvasElement>('.pad');
    const ctx = pad && this.fit(pad);
    if (!pad || !ctx) {
      return;
    }
    const size = pad.width;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size, pad.height);
    if (this.strokes.length === 0) {
      ctx.fillStyle = '#767676';
      ctx.font = `${Math.round(size / 14)}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('Draw a digit here', size / 2, pad.height / 2);
      return;
    }
    ctx.strokeStyle = '#111111';
    ctx.fillStyle = '#111111';
    ctx.lineWidth = size * 0.07;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const stroke of this.strokes) {
      ctx.beginPath();
      ctx.moveTo(stroke[0] * size, stroke[1] * pad.height);
      if (stroke.length === 2) {
        ctx.arc(stroke[0] * size, stroke[1] * pad.height, ctx.lineWidth / 2, 0, 2 * Math.PI);
        ctx.fill();
        continue;
      }
      for (let i = 2; i < stroke.length; i += 2) {
        ctx.lineTo(stroke[i] * size, stroke[i + 1] * pad.height);
      }
      ctx.stroke();
    }
  }

  private drawPreview() {
    const preview = this.renderRoot.querySelector<HTMLCanvasElement>('.preview');
    const ctx = preview && this.fit(preview);
    if (!preview || !ctx) {
      return;
    }
    const rows = Math.max(1, this.rows);
    const cell = Math.min(preview.width / this.columns, preview.height / rows);
    ctx.clearRect(0, 0, preview.width, preview.height);
    ctx.font = `${Math.round(cell * 0.45)}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < this.columns; c++) {
        const value = this.pixels[r * this.columns + c];
        const level = value === undefined ? 250 : greyLevel(value);
        ctx.fillStyle = `rgb(${level}, ${level}, ${level})`;
        ctx.fillRect(c * cell, r * cell, cell, cell);
        if (value !== undefined) {
          ctx.fillStyle = level < 128 ? '#ffffff' : '#333333';
          ctx.fillText(String(value), (c + 0.5) * cell, (r + 0.5) * cell);
        }
      }
    }
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.2)';
    ctx.lineWidth = 1;
    for (let i = 0; i <= Math.max(rows, this.columns); i++) {
      ctx.beginPath();
      ctx.moveTo(i * cell, 0);
      ctx.lineTo(i * cell, rows * cell);
      ctx.moveTo(0, i * cell);
      ctx.lineTo(this.columns * cell, i * cell);
      ctx.stroke();
    }
  }
}
