// `npm run build:console`: bundles the Electron main process for packaging.
import { join } from 'node:path';
import { buildElectronMain } from './build-electron-main.ts';

const file = await buildElectronMain(join(import.meta.dirname, '..', 'dist'));
process.stdout.write(`built ${file}\n`);
