import urlShortener from '@/examples/designs/url-shortener.json';
import { designSchema, type Design } from '@/lib/sim/design/schema';
import type { StartingPoint } from './Toolbar';

/** The example designs kept in the repository (examples/designs), parsed as the CLI parses them. */
export function exampleDesigns(): StartingPoint[] {
  return [{ label: 'Example: URL shortener', design: designSchema.parse(urlShortener) as Design }];
}
