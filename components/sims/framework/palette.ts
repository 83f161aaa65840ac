/**
 * Okabe–Ito colour-blind-safe palette, in the order series are coloured. Lanes and theory also
 * differ by line style (solid A, dashed B, dotted theory), so colour is never the only cue.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** Lighter variants for dark backgrounds (same hues; black becomes light grey). */
export const OKABE_ITO_DARK = ['#56B4E9', '#E69F00', '#2BD4A4', '#FF7F3F', '#E6A3C8', '#8FD0F2', '#F0E442', '#D4D4D8'] as const;

/** Line dash patterns: lane A solid, lane B dashed, theory dotted. */
export const DASH = { a: [] as number[], b: [8, 5], theory: [2, 4] };

/** Colour of series i for the theme. */
export function seriesColor(i: number, dark: boolean): string {
  const p = dark ? OKABE_ITO_DARK : OKABE_ITO;
  return p[i % p.length] as string;
}
