'use client';

import { useState } from 'react';
import { starterDesign } from '@/lib/studio/blank';
import { exampleDesigns } from './examples';
import { Studio } from './Studio';

/** The /studio page's studio: a blank whiteboard (or your autosave, or a share link), with the examples under Files → Open. */
export function StudioPage() {
  const [starts] = useState(() => [{ label: 'A blank design', design: starterDesign() }, ...exampleDesigns()]);
  return <Studio readLink startingPoints={starts} />;
}
