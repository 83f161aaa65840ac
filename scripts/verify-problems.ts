/**
 * Child of the content check (lib/problems/verify-all.ts): verifies the design problems named on
 * the command line on the engine and prints what it found as JSON. Not meant to be run by hand.
 */
import { loadProblemsLenient } from '@/lib/problems/load';
import { verifyProblems } from '@/lib/problems/verify-all';

const ids = new Set(process.argv.slice(2));
const { problems } = loadProblemsLenient({ includeDrafts: true });
process.stdout.write(JSON.stringify(verifyProblems(problems.filter((p) => ids.has(p.id)))));
