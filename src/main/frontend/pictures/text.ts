/** Text in a width, measured in the font a canvas context is set to (the same fonts as the page's). */

/** The text cut to fit a width, with an ellipsis. */
export function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) {
    return text;
  }
  let cut = text;
  while (cut.length > 1 && ctx.measureText(cut + '…').width > width) {
    cut = cut.slice(0, -1);
  }
  return cut + '…';
}

/** The text in lines of at most a width, at most `lines` of them (the last cut with an ellipsis). */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? line + ' ' + word : word;
    if (ctx.measureText(next).width > width && line) {
      out.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) {
    out.push(line);
  }
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = fit(ctx, out.slice(lines - 1).join(' '), width);
    return kept;
  }
  return out;
}
