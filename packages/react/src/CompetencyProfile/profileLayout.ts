import type { ProficiencyScale } from '@capkit/model';
import type { CompetencyProfileMessages } from './messages.js';
import type { ProfileRow } from './profileRows.js';

/**
 * Each form is drawn twice, for wide and narrow containers; a CSS container query shows one.
 * SVG text scales with its viewBox, so a single drawing would shrink its text past reading on a
 * phone; two fixed layouts keep 14px text at both sizes without measuring anything in script
 * (so the server renders the same markup) and without inline styles (so a strict CSP holds).
 */
export type Layout = 'wide' | 'narrow';

/** Sizes of the radar drawing. */
export interface RadarGeometry {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  /** Whether axes carry numbers (explained by the key) instead of competency names. */
  readonly numbered: boolean;
}

/** Beyond this many axes, names no longer fit around the wide radar: axes are numbered, with a key. */
export const maxNamedAxes = 12;

/** The radar's size in a layout, for `count` axes. */
export function radarGeometry(layout: Layout, count: number): RadarGeometry {
  return layout === 'wide'
    ? { width: 640, height: 480, radius: 170, numbered: count > maxNamedAxes }
    : { width: 320, height: 280, radius: 100, numbered: true };
}

/** Sizes of the bar drawing. */
export interface BarsGeometry {
  readonly width: number;
  /** Room for the competency names beside the bars; 0 when names sit above them. */
  readonly labelWidth: number;
  /** Room after the longest bar for its value. */
  readonly valueRoom: number;
  readonly rowHeight: number;
  /** Distance from a row's top to its bar's top (room for a name above the bar). */
  readonly barOffset: number;
  /** Longest name shown in full; longer names end in an ellipsis (the table has them whole). */
  readonly maxLabelLength: number;
}

/** The bars' size in a layout. */
export function barsGeometry(layout: Layout): BarsGeometry {
  return layout === 'wide'
    ? {
        width: 640,
        labelWidth: 200,
        valueRoom: 88,
        rowHeight: 40,
        barOffset: 10,
        maxLabelLength: 28,
      }
    : {
        width: 320,
        labelWidth: 0,
        valueRoom: 80,
        rowHeight: 60,
        barOffset: 26,
        maxLabelLength: 38,
      };
}

/** Characters on one line of a radar axis name. */
export const radarLineLength = 16;
const radarMaxLines = 2;

/** Breaks a competency name into at most two short lines for the radar, with an ellipsis if cut. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= radarLineLength || current === '') {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const kept = lines.slice(0, radarMaxLines);
  return kept.map((line, index) => {
    const cut =
      line.length > radarLineLength ||
      (index === radarMaxLines - 1 && lines.length > radarMaxLines);
    return cut ? `${line.slice(0, radarLineLength - 1)}…` : line;
  });
}

/** A name cut to `max` characters, ending in an ellipsis when cut. */
export function truncateLabel(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Horizontal text anchor for a point left or right of centre, whatever the text direction. */
export function anchorFor(
  side: 'left' | 'middle' | 'right',
  rtl: boolean,
): 'start' | 'middle' | 'end' {
  // SVG's start and end follow the text direction: in right-to-left text, `start` is the right edge.
  if (side === 'middle') return 'middle';
  const extendsRight = side === 'right';
  return extendsRight !== rtl ? 'start' : 'end';
}

/** SVG path of a diamond marker centred on (x, y). */
export function diamond(x: number, y: number, size: number): string {
  return `M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`;
}

/** What both drawings of the profile are given. */
export interface ProfilePlotProps {
  /** The figure's title, first words of the drawing's accessible name. */
  readonly title: string;
  readonly rows: readonly ProfileRow[];
  readonly scale: ProficiencyScale;
  readonly rtl: boolean;
  readonly locale: string;
  readonly messages: CompetencyProfileMessages;
  /** Which of the two drawings this is; CSS shows the one that fits the container. */
  readonly layout: Layout;
}
