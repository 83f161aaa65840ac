import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/**
 * Legibility of a static diagram's text. An inline `<svg>` in a `<Figure>` is scaled to the
 * figure's width, so its text shrinks with the screen: a 680-unit diagram shows fontSize 12 at
 * 5.7 px on a 390 px phone. A diagram may be drawn twice, `data-layout="wide"` (shown from 768 px)
 * and `data-layout="phone"` (below; see app/globals.css); each must read at 11 px or more where
 * it shows.
 */

/** Smallest text size, in CSS px, that a diagram may render at. */
export const MIN_DIAGRAM_TEXT_PX = 11;
/** Width of a figure's drawing area on a 390 px phone (page and figure padding taken off). */
export const PHONE_FIGURE_PX = 324;
/** Narrowest drawing area where the wide layout shows (768 px and up; 1280 px with both sidebars). */
export const WIDE_FIGURE_PX = 686;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (n: unknown): n is Jsx => !!n && typeof n === 'object' && ((n as Jsx).type === 'mdxJsxFlowElement' || (n as Jsx).type === 'mdxJsxTextElement');
const attr = (n: Jsx, name: string) => n.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

function numberAttr(n: Jsx, name: string): number | undefined {
  const v = attr(n, name);
  const text = typeof v === 'string' ? v : v && typeof v === 'object' ? v.value : undefined;
  const x = Number(text);
  return text !== undefined && Number.isFinite(x) ? x : undefined;
}

type Tree = { type: string; value?: string; children?: Tree[] };
const words = (n: Tree): string => n.value ?? (n.children ?? []).map(words).join('');

/** Every `<text>` in the drawing, at any depth (MDX may wrap a line of JSX in a paragraph). */
function texts(n: Tree, out: { text: string; size: number }[] = []): { text: string; size: number }[] {
  for (const child of n.children ?? []) {
    if (isJsx(child) && child.name === 'text') out.push({ text: words(child as Tree).trim(), size: numberAttr(child, 'fontSize') ?? 16 });
    else texts(child, out);
  }
  return out;
}

/** Which layout an `<svg>` is: "wide", "phone", or "any" (the only drawing, shown at every width). */
export function diagramLayout(svg: Jsx): 'wide' | 'phone' | 'any' {
  const v = attr(svg, 'data-layout');
  return v === 'wide' || v === 'phone' ? v : 'any';
}

/** Why an `<svg>`'s smallest text renders under 11 px where its layout shows, or null. */
export function diagramTextProblem(svg: Jsx): string | null {
  const viewBox = attr(svg, 'viewBox');
  const width = typeof viewBox === 'string' ? Number(viewBox.trim().split(/[\s,]+/)[2]) : NaN;
  if (!(width > 0)) return null;
  const layout = diagramLayout(svg);
  const areaPx = layout === 'wide' ? WIDE_FIGURE_PX : PHONE_FIGURE_PX;
  const smallest = texts(svg as Tree).sort((a, b) => a.size - b.size)[0];
  if (!smallest) return null;
  const px = (smallest.size * Math.min(areaPx, layout === 'phone' ? 384 : Infinity)) / width;
  if (px >= MIN_DIAGRAM_TEXT_PX) return null;
  const where = layout === 'wide' ? `${WIDE_FIGURE_PX} px wide (its narrowest, from 768 px)` : `${PHONE_FIGURE_PX} px wide on a 390 px phone`;
  const fix =
    layout === 'any'
      ? `draw a phone layout next to it (<svg data-layout="phone" viewBox="0 0 340 …">, text fontSize 12 or more) and mark this one data-layout="wide"`
      : `use fontSize ${Math.ceil((MIN_DIAGRAM_TEXT_PX * width) / areaPx)} or more, or a narrower viewBox`;
  return `<svg> text "${smallest.text}" (fontSize ${smallest.size} in a ${width}-unit viewBox) renders at ${px.toFixed(1)} px when the figure is ${where}; the minimum is ${MIN_DIAGRAM_TEXT_PX} px: ${fix}`;
}

/** Why a `<Figure>`'s pair of layouts is incomplete (a wide drawing with no phone one hides the diagram on phones), or null. */
export function figureLayoutProblem(figure: RootContent): string | null {
  if (!isJsx(figure)) return null;
  const layouts = (figure.children as unknown[]).filter(isJsx).filter((c) => c.name === 'svg').map(diagramLayout);
  const wide = layouts.includes('wide');
  const phone = layouts.includes('phone');
  if (wide === phone) return null;
  return wide ? '<Figure> has a data-layout="wide" drawing but no data-layout="phone" one: phones would show nothing' : '<Figure> has a data-layout="phone" drawing but no data-layout="wide" one: wide screens would show nothing';
}
