import type { ImportancePerformanceQuadrant } from '@capkit/scoring/tna';
import { scaleLinear } from 'd3-scale';

/**
 * The priority matrix's geometry, as pure functions a server can run: the frame and scales,
 * where the quadrant names and cross-hair labels go so that none overlaps another at any width
 * (down to a 320 px phone), and the points in the two orders the arrow keys follow. Text widths
 * are estimated from character counts, since a server cannot measure text.
 */

/** Width drawn before the chart can be measured (on the server, and in the first client render). */
export const defaultWidth = 640;
/** Space around the plot for the axes and their titles. */
export const margin = { top: 36, bottom: 60, axisSide: 72, farSide: 24 } as const;
/** Font size of the chart's text, in px. */
export const fontSize = 14;
/** Distance between lines of wrapped text, in px. */
export const lineHeight = 16;
/** Radius of a point's marker. */
export const pointRadius = 6;
/** Radius of the invisible circle round a point: a 24 × 24 pointer target. */
export const hitRadius = 12;
/** Inset of a quadrant name from the plot's edge. */
const labelInset = 8;
/** Least space between two labels. */
const labelGap = 8;

/** `value` kept within `[lowest, highest]`. */
export function clamp(value: number, lowest: number, highest: number): number {
  return Math.min(Math.max(value, lowest), highest);
}

/** Rough width of a line of text: enough to wrap and place labels without measuring. */
export function textWidth(text: string, bold: boolean): number {
  return text.length * fontSize * (bold ? 0.6 : 0.54);
}

/** Breaks text into lines no wider than `maxWidth` (roughly), at spaces; a longer word stays whole. */
export function wrapText(text: string, maxWidth: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Anchor that makes SVG text run towards the physical right (or left) of `x`, in either direction. */
export function anchorTowards(side: 'left' | 'right', rtl: boolean): 'start' | 'end' {
  return (side === 'right') !== rtl ? 'start' : 'end';
}

/** The shared range of both axes: the rating scale, or a tidy span round the data. */
export function axisDomain(
  domain: 'scale' | 'data',
  scale: { readonly min: number; readonly max: number },
  means: readonly number[],
): [number, number] {
  if (domain === 'scale' || means.length === 0) return [scale.min, scale.max];
  const pad = (scale.max - scale.min) * 0.05;
  const [lo = scale.min, hi = scale.max] = scaleLinear()
    .domain([Math.min(...means) - pad, Math.max(...means) + pad])
    .nice()
    .domain();
  return [Math.max(scale.min, lo), Math.min(scale.max, hi)];
}

/** The chart's size, plot area, scales and ticks. */
export interface MatrixFrame {
  readonly width: number;
  readonly height: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  /** x of the importance axis (left, or right when right to left). */
  readonly axisX: number;
  /** The lower and upper ends of both axes. */
  readonly lo: number;
  readonly hi: number;
  /** Performance → x (mirrored right to left). */
  readonly x: (performance: number) => number;
  /** Importance → y. */
  readonly y: (importance: number) => number;
  readonly ticks: readonly number[];
}

/** The frame of a chart `measuredWidth` wide (the default before measuring). */
export function matrixFrame(
  measuredWidth: number | null,
  rtl: boolean,
  [lo, hi]: readonly [number, number],
  domain: 'scale' | 'data',
): MatrixFrame {
  const width = clamp(measuredWidth ?? defaultWidth, 280, 960);
  const height = Math.round(clamp(width * 0.75, 320, 560));
  const plotLeft = rtl ? margin.farSide : margin.axisSide;
  const plotRight = width - (rtl ? margin.axisSide : margin.farSide);
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;
  const x = scaleLinear()
    .domain([lo, hi])
    .range(rtl ? [plotRight, plotLeft] : [plotLeft, plotRight]);
  const y = scaleLinear().domain([lo, hi]).range([plotBottom, plotTop]);
  // Whole points on the full scale; halves too when zoomed in on the data.
  const ticks = x.ticks(Math.min(8, Math.ceil(hi - lo) * (domain === 'data' ? 2 : 1)));
  return {
    width,
    height,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    axisX: rtl ? plotRight : plotLeft,
    lo,
    hi,
    x: (value) => x(value),
    y: (value) => y(value),
    ticks,
  };
}

/** A rectangle on the chart, in px. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Whether two boxes overlap (touching is not overlapping). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A block of text placed on the chart: its anchor point, lines and the box it covers. */
export interface PlacedText {
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  readonly lines: readonly string[];
  readonly box: Box;
}

function textBox(
  x: number,
  y: number,
  lines: readonly string[],
  bold: boolean,
  runs: 'left' | 'right',
): Box {
  const width = Math.max(0, ...lines.map((line) => textWidth(line, bold)));
  return {
    left: runs === 'right' ? x : x - width,
    right: runs === 'right' ? x + width : x,
    top: y - fontSize,
    bottom: y + (lines.length - 1) * lineHeight + 4,
  };
}

/** A quadrant name placed in its corner of the plot. */
export interface QuadrantLabel extends PlacedText {
  readonly quadrant: ImportancePerformanceQuadrant;
}

/** Which quadrant lies where: low or high on each axis. */
const corners: readonly {
  readonly quadrant: ImportancePerformanceQuadrant;
  readonly performance: 'lo' | 'hi';
  readonly importance: 'lo' | 'hi';
}[] = [
  { quadrant: 'concentrateHere', performance: 'lo', importance: 'hi' },
  { quadrant: 'keepUpTheGoodWork', performance: 'hi', importance: 'hi' },
  { quadrant: 'lowPriority', performance: 'lo', importance: 'lo' },
  { quadrant: 'possibleOverkill', performance: 'hi', importance: 'lo' },
];

/**
 * The four quadrant names, each in its corner, wrapped to the room between the plot's edge and
 * the performance cross-hair. When the two names of a row cannot sit side by side (a narrow
 * chart, a cross-hair near one edge, long words), they stack: the top row downwards from the
 * top edge, the bottom row upwards from the bottom edge, so that no two names ever overlap.
 */
export function quadrantLabels(
  frame: MatrixFrame,
  crossPerformance: number,
  names: Readonly<Record<ImportancePerformanceQuadrant, string>>,
  rtl: boolean,
): QuadrantLabel[] {
  const { plotLeft, plotRight, plotTop, plotBottom } = frame;
  const crossX = clamp(frame.x(crossPerformance), plotLeft, plotRight);
  const plotWidth = plotRight - plotLeft;
  const placed: QuadrantLabel[] = [];
  for (const row of ['hi', 'lo'] as const) {
    const inRow = corners.filter((corner) => corner.importance === row);
    const sides = inRow.map((corner) => {
      const cornerX = frame.x(corner.performance === 'lo' ? frame.lo : frame.hi);
      const onLeft = cornerX < (plotLeft + plotRight) / 2;
      const room = (onLeft ? crossX - plotLeft : plotRight - crossX) - labelInset - labelGap / 2;
      return { corner, onLeft, room, name: names[corner.quadrant] };
    });
    const wrapped = sides.map((side) => wrapText(side.name, Math.max(side.room, 0), true));
    const widths = wrapped.map((lines) => Math.max(0, ...lines.map((l) => textWidth(l, true))));
    const sideBySide = (widths[0] ?? 0) + (widths[1] ?? 0) + 2 * labelInset + labelGap <= plotWidth;
    // Stacked, each name may use the plot's whole width.
    const linesOf = sideBySide
      ? wrapped
      : sides.map((side) => wrapText(side.name, plotWidth - 2 * labelInset, true));
    // Left name first in a stack: top row from the top edge down, bottom row from the bottom up.
    const order = [0, 1].sort(
      (a, b) => Number(sides[b]?.onLeft ?? false) - Number(sides[a]?.onLeft ?? false),
    );
    if (row === 'lo') order.reverse();
    let offset = 0;
    for (const index of order) {
      const side = sides[index];
      const lines = linesOf[index] ?? [];
      if (side === undefined) continue;
      const textX = side.onLeft ? plotLeft + labelInset : plotRight - labelInset;
      const blockHeight = (lines.length - 1) * lineHeight;
      const firstY =
        row === 'hi'
          ? plotTop + 20 + (sideBySide ? 0 : offset)
          : plotBottom - 10 - blockHeight - (sideBySide ? 0 : offset);
      offset += lines.length * lineHeight + 4;
      placed.push({
        quadrant: side.corner.quadrant,
        x: textX,
        y: firstY,
        anchor: anchorTowards(side.onLeft ? 'right' : 'left', rtl),
        lines,
        box: textBox(textX, firstY, lines, true, side.onLeft ? 'right' : 'left'),
      });
    }
  }
  const rank = (label: QuadrantLabel) =>
    corners.findIndex((corner) => corner.quadrant === label.quadrant);
  return placed.sort((a, b) => rank(a) - rank(b));
}

/**
 * The importance cross-hair's label: just above its line at the plot's far side, or, where that
 * would cover a quadrant name, below the line or at the other side.
 */
export function importanceCrosshairLabel(
  frame: MatrixFrame,
  crossImportance: number,
  text: string,
  rtl: boolean,
  avoid: readonly Box[],
): PlacedText {
  const { plotLeft, plotRight, plotTop, plotBottom } = frame;
  const lineY = frame.y(crossImportance);
  const far = rtl
    ? { x: plotLeft + 6, runs: 'right' as const }
    : { x: plotRight - 6, runs: 'left' as const };
  const near = rtl
    ? { x: plotRight - 6, runs: 'left' as const }
    : { x: plotLeft + 6, runs: 'right' as const };
  const candidates = [
    { ...far, y: lineY - 8 },
    { ...far, y: lineY + 8 + fontSize },
    { ...near, y: lineY - 8 },
    { ...near, y: lineY + 8 + fontSize },
  ];
  const fits = (candidate: (typeof candidates)[number]) => {
    const box = textBox(candidate.x, candidate.y, [text], false, candidate.runs);
    return (
      box.top >= plotTop &&
      box.bottom <= plotBottom &&
      avoid.every((other) => !overlaps(box, other))
    );
  };
  // Where every place covers a name, the one covering least.
  const covered = (candidate: (typeof candidates)[number]) => {
    const box = textBox(candidate.x, candidate.y, [text], false, candidate.runs);
    return avoid.reduce(
      (area, other) =>
        area +
        Math.max(0, Math.min(box.right, other.right) - Math.max(box.left, other.left)) *
          Math.max(0, Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top)),
      0,
    );
  };
  const chosen = candidates.find(fits) ??
    [...candidates].sort((a, b) => covered(a) - covered(b))[0] ?? { ...far, y: lineY - 8 };
  return {
    x: chosen.x,
    y: chosen.y,
    anchor: anchorTowards(chosen.runs, rtl),
    lines: [text],
    box: textBox(chosen.x, chosen.y, [text], false, chosen.runs),
  };
}

/** An x at which text centred there stays inside the chart. */
export function centredWithin(x: number, text: string, bold: boolean, width: number): number {
  const half = textWidth(text, bold) / 2;
  return clamp(x, half + 4, width - half - 4);
}

/** A point's visible label: its name and values, above it (below it near the top), in the chart. */
export interface Callout {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly { readonly text: string; readonly bold: boolean }[];
  readonly box: Box;
}

/** Where the label of a point at (`cx`, `cy`) goes in a chart `width` wide. */
export function calloutLayout(
  cx: number,
  cy: number,
  label: string,
  values: string,
  width: number,
): Callout {
  const lines = [
    ...wrapText(label, width - 8, true).map((text) => ({ text, bold: true })),
    ...wrapText(values, width - 8, false).map((text) => ({ text, bold: false })),
  ];
  const blockHeight = lines.length * lineHeight;
  const above = cy - pointRadius - 8 - blockHeight > 0;
  const y = above ? cy - pointRadius - 8 - blockHeight + fontSize : cy + pointRadius + 8 + fontSize;
  const widest = lines.reduce((most, line) => Math.max(most, textWidth(line.text, line.bold)), 0);
  const x = clamp(cx, widest / 2 + 4, width - widest / 2 - 4);
  return {
    x,
    y,
    lines,
    box: {
      left: x - widest / 2 - 6,
      right: x + widest / 2 + 6,
      top: y - fontSize - 3,
      bottom: y - fontSize - 3 + blockHeight + 8,
    },
  };
}

/** One item drawn as a point. */
export interface PlottedPoint {
  readonly id: string;
  readonly label: string;
  readonly importance: number;
  readonly performance: number;
  readonly quadrant: ImportancePerformanceQuadrant;
  readonly onCrosshair: boolean;
  readonly cx: number;
  readonly cy: number;
}

/**
 * The points, top to bottom on screen (so that Down moves down and the listbox reads in the
 * picture's order), and their order left to right on screen (for Left and Right).
 */
export function plottedPoints(
  items: readonly Omit<PlottedPoint, 'cx' | 'cy'>[],
  frame: Pick<MatrixFrame, 'x' | 'y'>,
): { readonly points: readonly PlottedPoint[]; readonly across: readonly number[] } {
  const points = items
    .map((item) => ({ ...item, cx: frame.x(item.performance), cy: frame.y(item.importance) }))
    .sort((a, b) => b.importance - a.importance || a.performance - b.performance);
  const across = points
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (points[a]?.cx ?? 0) - (points[b]?.cx ?? 0) || (points[a]?.cy ?? 0) - (points[b]?.cy ?? 0),
    );
  return { points, across };
}
