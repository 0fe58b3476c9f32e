/**
 * @jobforge/mcp: Job Forge as an MCP server. `createJobForgeMcpServer` builds the tools over any
 * JobForgeCalls; `handleMcpRequest` (./http.ts) serves them at /mcp in the web server; the
 * `jobforge-mcp` bin serves them over stdio through the typed client.
 */
export { createJobForgeMcpServer, SERVER_INFO, type JobForgeMcpOptions } from './server.js';
export { JobForgeFailure, type JobForgeCalls } from './calls.js';
export { callsFromClient, callsForServer } from './calls-from-client.js';
export { READ_ONLY_REFUSAL } from './tools/tool-kit.js';
export { handleMcpRequest, MCP_PATH, type McpHttpOptions } from './http.js';
