// `npm run test:browser`: the harness is TypeScript (type-checked with the rest of the
// project by `npm run typecheck`), loaded through tsx's API so plain `node` can run it.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main();
