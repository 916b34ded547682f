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
 *
 * A run sends new numbers about ten times a second, and typesetting them is the page's dearest work (KaTeX's DOM and
 * its layout): while the panel is off screen (below the pictures, in a closed section, on a phone far down the page)
 * it keeps the lines and typesets them when it comes within a screen of the view.
 */
@customElement('maths-panel')
export class MathsPanel extends LitElement {
  @property({ type: Array }) lines: Line[] = [];

  private onScreen = false;
  private observer?: IntersectionObserver;

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.observer = new IntersectionObserver(
      (entries) => {
        this.onScreen = entries[entries.length - 1].isIntersecting;
        if (this.onScreen) {
          this.typeset();
        }
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    super.disconnectedCallback();
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
    if (this.onScreen) {
      this.typeset();
    }
  }

  private typeset() {
    const elements = [...this.querySelectorAll<HTMLElement>('.maths-tex')];
    for (const element of elements) {
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
    }
    // Measured after every equation is typeset, so the page lays out once, not once per equation.
    // An equation wider than its column scrolls sideways: the keyboard must reach it too (axe:
    // scrollable-region-focusable); one that fits is no tab stop.
    for (const element of elements) {
      if (element.scrollWidth > element.clientWidth) {
        element.tabIndex = 0;
      } else {
        element.removeAttribute('tabindex');
      }
    }
  }
}
