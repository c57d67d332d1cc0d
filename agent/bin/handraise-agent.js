#!/usr/bin/env node
// Launcher for the headless agent; needs Node 24 (it runs the TypeScript sources directly).
import { main } from '../src/core/cli.ts';

process.exitCode = await main(process.argv.slice(2));
