/** Entry point of the `jobforge-mcp` bin: settings from the environment, a clear line and exit 1 when they do not work. */
import { readStdioSettings, startStdioServer, StdioConfigError } from './stdio.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  await startStdioServer(readStdioSettings(process.env), log);
} catch (error) {
  log(
    error instanceof StdioConfigError
      ? `jobforge-mcp: ${error.message}`
      : `jobforge-mcp: ${(error as Error)?.stack ?? String(error)}`,
  );
  process.exit(1);
}
