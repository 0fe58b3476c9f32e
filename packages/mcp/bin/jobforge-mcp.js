#!/usr/bin/env node
// Workspace packages ship TypeScript source (docs/decisions/003): tsx loads it, as it does for the web server.
import { register } from 'tsx/esm/api';

register();
await import('../src/stdio-main.ts');
