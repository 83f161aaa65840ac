import { StudioPage } from '@/components/studio/StudioPage';

export const metadata = {
  title: 'Design studio',
  description: 'Draw an architecture from a palette of components, run it on the simulation engine over a day of traffic, break it, and share the exact run.',
  alternates: { canonical: '/studio' },
};

export default function StudioRoute() {
  return (
    <div className="mx-auto max-w-[90rem] px-3 py-6 sm:px-4">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Design studio</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Draw your architecture from the palette, connect the boxes with arrows, and give each kind of request its path. Then run it over a day of traffic:
        every box is simulated, not guessed.
      </p>
      <div className="mt-4">
        <StudioPage />
      </div>
    </div>
  );
}
