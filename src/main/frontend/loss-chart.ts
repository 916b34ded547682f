import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Ticks,
  Tooltip,
  type Scale,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type TooltipItem,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

type Point = { x: number; y: number | null };

/** An earlier run's curve, as com.nnplayground.chart.LossChart sends it. */
type Overlay = { label: string; colour: number; iterations: number[]; losses: (number | null)[] };

/**
 * Earlier runs' lines: Okabe and Ito's colour-blind-safe colours (the pictures' palette) other than the current run's
 * blue and orange, faded, each with its own dash so they stay apart in grey.
 */
const OVERLAY_COLOURS = ['0, 158, 115', '204, 121, 167', '213, 94, 0', '86, 180, 233', '0, 0, 0'];
const OVERLAY_DASHES = [[6, 3], [2, 3], [10, 4, 2, 4], [4, 4], [12, 3]];
const INK = '#222222';

/**
 * Live line chart of training and test loss per iteration, drawn by Chart.js on a canvas.
 *
 * The Java class com.nnplayground.chart.LossChart drives it: appendPoints for each batch of new points,
 * setPoints to replace everything (on attach and after downsampling). The data lives in this element,
 * not only in the chart, because Flow may call these methods before the first render creates the chart.
 * Everything the chart shows is drawn on the canvas, so labels are text and never parsed as HTML.
 */
@customElement('loss-chart')
export class LossChart extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 120px;
    }
    .frame {
      position: absolute;
      inset: 0;
    }
  `;

  @property({ type: Boolean }) logScale = false;
  @property({ type: String }) trainingLabel = 'training loss';
  @property({ type: String }) testLabel = 'test loss';
  /** The iteration the replay shows, marked with a vertical line; 0 for none. */
  @property({ type: Number }) marker = 0;

  private readonly training: Point[] = [];
  private readonly test: Point[] = [];
  private overlays: Overlay[] = [];
  private chart?: Chart<'line', Point[]>;

  /** Number of training points currently drawn; read by the browser tests. */
  get pointCount(): number {
    return this.training.length;
  }

  /** The legend's names of the earlier runs drawn; read by the browser tests. */
  get overlayLabels(): string[] {
    return this.overlays.map((o) => o.label);
  }

  /** Replaces the earlier runs' lines. */
  setOverlays(overlays: Overlay[]) {
    this.overlays = overlays;
    if (this.chart) {
      this.chart.data.datasets.splice(2, this.chart.data.datasets.length - 2, ...this.overlayDatasets());
      this.chart.update('none');
    }
  }

  appendPoints(iterations: number[], train: (number | null)[], test: (number | null)[] | null) {
    this.push(iterations, train, test);
    this.chart?.update('none');
  }

  setPoints(iterations: number[], train: (number | null)[], test: (number | null)[] | null) {
    this.training.length = 0;
    this.test.length = 0;
    this.appendPoints(iterations, train, test);
  }

  clear() {
    this.setPoints([], [], null);
  }

  /** The chart as a PNG data URL, on white so it reads well outside the page. */
  toPng(): string {
    const source = this.renderRoot.querySelector('canvas');
    if (!source) {
      return '';
    }
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    return copy.toDataURL('image/png');
  }

  downloadPng(fileName: string) {
    const link = document.createElement('a');
    link.href = this.toPng();
    link.download = fileName;
    link.click();
  }

  render() {
    return html`<div class="frame"><canvas role="img" aria-label="Loss per iteration"></canvas></div>`;
  }

  firstUpdated() {
    this.createChart();
  }

  updated(changed: Map<string, unknown>) {
    if (!this.chart) {
      return;
    }
    if (changed.has('marker')) {
      this.chart.draw();
    }
    if (changed.has('logScale') || changed.has('trainingLabel') || changed.has('testLabel')) {
      this.chart.options.scales!.y!.type = this.logScale ? 'logarithmic' : 'linear';
      this.chart.data.datasets[0].label = this.trainingLabel;
      this.chart.data.datasets[1].label = this.testLabel;
      this.chart.update('none');
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    // Re-attached after a disconnect: the canvas is still there but firstUpdated does not run again.
    if (this.hasUpdated) {
      this.createChart();
    }
  }

  private createChart() {
    if (!this.chart) {
      this.chart = new Chart(this.renderRoot.querySelector('canvas')!, this.configuration());
    }
  }

  private markerPlugin(): Plugin<'line'> {
    return markerPluginFor(this);
  }

  private overlayDatasets(): ChartDataset<'line', Point[]>[] {
    return this.overlays.map((o) => {
      const rgb = OVERLAY_COLOURS[o.colour % OVERLAY_COLOURS.length];
      return {
        label: o.label,
        data: o.iterations.map((x, i) => ({ x, y: o.losses[i] })),
        borderColor: `rgba(${rgb}, 0.55)`,
        backgroundColor: `rgba(${rgb}, 0.55)`,
        borderWidth: 1.5,
        borderDash: OVERLAY_DASHES[o.colour % OVERLAY_DASHES.length],
        pointRadius: 0,
        pointHitRadius: 4,
      };
    });
  }

  private push(iterations: number[], train: (number | null)[], test: (number | null)[] | null) {
    for (let i = 0; i < iterations.length; i++) {
      // null marks a non-finite loss (a diverged run): the line shows a gap there.
      this.training.push({ x: iterations[i], y: train[i] });
      const testLoss = test ? test[i] : null;
      if (testLoss !== null && testLoss !== undefined) {
        this.test.push({ x: iterations[i], y: testLoss });
      }
    }
  }

  private configuration(): ChartConfiguration<'line', Point[]> {
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: this.trainingLabel,
            data: this.training,
            borderColor: '#1a73e8',
            backgroundColor: '#1a73e8',
            borderWidth: 1.5,
            pointRadius: 0,
            pointHitRadius: 4,
          },
          {
            label: this.testLabel,
            data: this.test,
            borderColor: '#e8710a',
            backgroundColor: '#e8710a',
            borderWidth: 1.5,
            pointRadius: 0,
            pointHitRadius: 4,
          },
          ...this.overlayDatasets(),
        ],
      },
      plugins: [this.markerPlugin()],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'iteration' } },
          y: {
            type: this.logScale ? 'logarithmic' : 'linear',
            title: { display: true, text: 'loss' },
            ticks: { callback: lossTick },
          },
        },
        plugins: {
          legend: {
            // The test line appears only once there are test points.
            labels: { filter: (item, data) => data.datasets[item.datasetIndex!].data.length > 0 },
          },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'line'>[]) => (items.length ? `iteration ${items[0].parsed.x}` : ''),
              label: (item: TooltipItem<'line'>) =>
                `${item.dataset.label}: ${item.parsed.y === null ? 'not a number' : Number(item.parsed.y.toPrecision(6))}`,
            },
          },
        },
      },
    };
  }
}

/** The vertical line at the iteration the replay shows, with its number at the top, drawn as canvas text. */
function markerPluginFor(element: LossChart): Plugin<'line'> {
  return {
    id: 'replayMarker',
    afterDatasetsDraw(chart) {
      const iteration = element.marker;
      const x = chart.scales.x;
      if (!iteration || !x || iteration < x.min || iteration > x.max) {
        return;
      }
      const px = x.getPixelForValue(iteration);
      const { top, bottom } = chart.chartArea;
      const context = chart.ctx;
      context.save();
      context.strokeStyle = INK;
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(px, top);
      context.lineTo(px, bottom);
      context.stroke();
      context.fillStyle = INK;
      context.font = '12px sans-serif';
      const text = `iteration ${iteration.toLocaleString('en-US')}`;
      const width = context.measureText(text).width;
      context.textBaseline = 'top';
      context.fillText(text, Math.min(px + 4, chart.chartArea.right - width), top + 2);
      context.restore();
    },
  };
}

/** Log-scale ticks labelled at 1, 2 and 5 per decade only, so the labels of a decade do not overlap. */
function lossTick(this: Scale, value: number | string, index: number, ticks: { value: number }[]) {
  if (this.type !== 'logarithmic') {
    return Ticks.formatters.numeric.call(this, Number(value), index, ticks);
  }
  const significand = Math.round(Number(value) / 10 ** Math.floor(Math.log10(Number(value))));
  return [1, 2, 5].includes(significand) ? Ticks.formatters.numeric.call(this, Number(value), index, ticks) : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'loss-chart': LossChart;
  }
}
