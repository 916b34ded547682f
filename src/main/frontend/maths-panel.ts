import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './maths-panel.css';

/** One equation: a caption in words (set as text) and its TeX (user text in it is escaped by the server). */
type Line = { caption: string; tex: string };

/**
 * Equations typeset by KaTeX, one per line with its caption. The Java class com.nnplayground.maths.ui.MathsView sets
 * `lines`; the server builds the TeX with the run's numbers, this element only typesets it.
 *
 * It renders into the page (no shadow root) so that KaTeX's stylesheet and its @font-face rules, which a shadow root
 * would not apply, reach the equations. KaTeX builds its DOM itself (no HTML strings, no inline scripts), so it runs
 * under the app's Content-Security-Policy; `trust: false` keeps \href, \url and the like out of anything typeset.
 */
@customElement('maths-panel')
export class MathsPanel extends LitElement {
  @property({ type: Array }) lines: Line[] = [];

  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`${this.lines.map(
      (line) => html`<div class="maths-line">
        ${line.caption ? html`<p class="maths-caption">${line.caption}</p>` : ''}
        ${line.tex ? html`<div class="maths-tex" data-tex=${line.tex}></div>` : ''}
      </div>`,
    )}`;
  }

  protected updated() {
    this.querySelectorAll<HTMLElement>('.maths-tex').forEach((element) => {
      const tex = element.dataset.tex ?? '';
      if (element.dataset.typeset !== tex) {
        katex.render(tex, element, {
          displayMode: true,
          throwOnError: false,
          strict: 'ignore',
          trust: false,
          maxExpand: 1000,
        });
        element.dataset.typeset = tex;
      }
      // An equation wider than its column scrolls sideways: the keyboard must reach it too (axe:
      // scrollable-region-focusable); one that fits is no tab stop.
      if (element.scrollWidth > element.clientWidth) {
        element.tabIndex = 0;
      } else {
        element.removeAttribute('tabindex');
      }
    });
  }
}
