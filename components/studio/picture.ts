import type { Design } from '@/lib/sim/design/schema';
import { layoutDesign } from '@/lib/studio/layout';
import { designSvg } from '@/lib/studio/svg';

// Loaded when the learner downloads a picture (the layout engine is not part of the page's first load).

/** The diagram as an SVG file, laid out left to right as on a laptop. */
export function svgBlob(d: Design): Blob {
  return new Blob([designSvg(d, layoutDesign(d, 'LR')).svg], { type: 'image/svg+xml' });
}

/**
 * The diagram as a PNG at twice its size: the SVG drawn on a canvas (an image from a blob URL,
 * allowed by the site's img-src).
 */
export async function pngBlob(d: Design): Promise<Blob> {
  const { svg, width, height } = designSvg(d, layoutDesign(d, 'LR'));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas in this browser');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not make a PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
