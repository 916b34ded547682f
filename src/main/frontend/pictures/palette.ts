/**
 * The one palette of every picture, safe for colour-blind viewers: Okabe and Ito's eight colours for classes (with
 * a shape per class as well, so classes stay apart in grey or on a washed-out projector), and a diverging
 * orange-to-blue scale for signs and values (orange low or negative, blue high or positive, near-white between).
 * com.nnplayground.pictures.ClassMarks names the same colours and shapes in the text alternatives: keep the orders.
 */

export type Rgb = [number, number, number];

export const CLASS_COLOURS: Rgb[] = [
  [230, 159, 0], // orange
  [0, 114, 178], // blue
  [0, 158, 115], // bluish green
  [213, 94, 0], // vermilion
  [204, 121, 167], // reddish purple
  [86, 180, 233], // sky blue
  [240, 228, 66], // yellow
  [0, 0, 0], // black
];

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'plus' | 'cross' | 'star';

export const CLASS_SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'cross', 'star'];

/** Low end and high end of the diverging scale: the first two class colours, so class 0 is orange and 1 blue. */
export const NEGATIVE: Rgb = CLASS_COLOURS[0];
export const POSITIVE: Rgb = CLASS_COLOURS[1];
const MIDDLE: Rgb = [246, 246, 246];

export const INK = '#222222';
export const MUTED_INK = '#5f6368';

export function classColour(k: number): Rgb {
  return CLASS_COLOURS[k % CLASS_COLOURS.length];
}

/** Beyond eight classes the colours come round again, each time with the next shape. */
export function classShape(k: number): Shape {
  const n = CLASS_COLOURS.length;
  return CLASS_SHAPES[(k + Math.floor(k / n)) % CLASS_SHAPES.length];
}

/** The diverging scale at t in [0, 1]: 0 orange, 0.5 near-white, 1 blue. */
export function diverging(t: number): Rgb {
  const u = Math.max(0, Math.min(1, t));
  return u < 0.5 ? mix(NEGATIVE, MIDDLE, u * 2) : mix(MIDDLE, POSITIVE, (u - 0.5) * 2);
}

/** a at 0, b at 1. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export const WHITE: Rgb = [255, 255, 255];

export function css(c: Rgb, alpha = 1): string {
  const [r, g, b] = c.map(Math.round);
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The colour of a weight's line: blue positive, orange negative. */
export function signColour(value: number): string {
  return css(value >= 0 ? POSITIVE : NEGATIVE);
}

/** Draws a class marker centred at (x, y) with radius r; a test row is hollow (white inside, a thick outline). */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  x: number,
  y: number,
  r: number,
  colour: Rgb,
  hollow: boolean,
) {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
      break;
    case 'triangle':
      polygon(ctx, x, y, r * 1.2, 3, -Math.PI / 2);
      break;
    case 'triangle-down':
      polygon(ctx, x, y, r * 1.2, 3, Math.PI / 2);
      break;
    case 'diamond':
      polygon(ctx, x, y, r * 1.2, 4, 0);
      break;
    case 'star':
      star(ctx, x, y, r * 1.3);
      break;
    case 'plus':
    case 'cross': {
      const a = shape === 'plus' ? 0 : Math.PI / 4;
      cross(ctx, x, y, r * 1.2, r * 0.45, a);
      break;
    }
  }
  ctx.closePath();
  ctx.lineJoin = 'round';
  if (hollow) {
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = Math.max(2, r * 0.55);
    ctx.strokeStyle = css(colour);
    ctx.stroke();
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = INK;
    ctx.stroke();
  } else {
    ctx.fillStyle = css(colour);
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = INK;
    ctx.stroke();
  }
}

function polygon(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, sides: number, start: number) {
  for (let i = 0; i < sides; i++) {
    const a = start + (i * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(a);
    const py = y + r * Math.sin(a);
    if (i === 0) {
      ctx.moveTo(px, py);
    } else {
      ctx.lineTo(px, py);
    }
  }
}

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.45;
    const px = x + radius * Math.cos(a);
    const py = y + radius * Math.sin(a);
    if (i === 0) {
      ctx.moveTo(px, py);
    } else {
      ctx.lineTo(px, py);
    }
  }
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, w: number, angle: number) {
  const points: [number, number][] = [
    [-w, -r], [w, -r], [w, -w], [r, -w], [r, w], [w, w], [w, r], [-w, r], [-w, w], [-r, w], [-r, -w], [-w, -w],
  ];
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  points.forEach(([px, py], i) => {
    const rx = x + px * c - py * s;
    const ry = y + px * s + py * c;
    if (i === 0) {
      ctx.moveTo(rx, ry);
    } else {
      ctx.lineTo(rx, ry);
    }
  });
}
