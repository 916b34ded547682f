import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** Pixel intensities as the server sends them: one base-17 digit per pixel (0-9, a-g: 0 to 16), row by row. */
export function decodePixels(text: string): number[] {
  const values: number[] = [];
  for (const ch of text) {
    const v = parseInt(ch, 17);
    values.push(Number.isNaN(v) ? 0 : v);
  }
  return values;
}

/** The grey level (255 white paper, 0 black ink) of an intensity from 0 to 16, as the dataset's pictures are shown. */
export function greyLevel(value: number): number {
  return Math.round(255 * (1 - Math.max(0, Math.min(16, value)) / 16));
}

/**
 * One small picture of a row of pixel inputs (the digits' 8x8), drawn on an 8x8 canvas the browser scales up
 * without smoothing. Cheap enough for every visible row of a grid: no shadow work beyond one canvas.
 */
@customElement('digit-image')
export class DigitImage extends LitElement {
  static styles = css`
    :host {
      display: inline-block;
      width: var(--digit-image-size, 40px);
      height: var(--digit-image-size, 40px);
      vertical-align: middle;
      flex: none;
    }
    canvas {
      display: block;
      width: 100%;
      height: 100%;
      image-rendering: pixelated;
      outline: 1px solid rgba(0, 0, 0, 0.25);
      outline-offset: -1px;
    }
  `;

  /** One base-17 character per pixel, row by row. */
  @property() pixels = '';
  /** Pixels per row. */
  @property({ type: Number }) columns = 8;
  /** The text alternative, e.g. "digit 3". */
  @property() label = '';

  render() {
    const rows = Math.max(1, Math.ceil(this.pixels.length / this.columns));
    return html`<canvas width=${this.columns} height=${rows} role="img" aria-label=${this.label}></canvas>`;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) {
      return;
    }
    const values = decodePixels(this.pixels);
    const image = ctx.createImageData(canvas.width, canvas.height);
    for (let p = 0; p < canvas.width * canvas.height; p++) {
      const level = greyLevel(values[p] ?? 0);
      image.data[4 * p] = level;
      image.data[4 * p + 1] = level;
      image.data[4 * p + 2] = level;
      image.data[4 * p + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }
}
