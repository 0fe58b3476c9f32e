export {
  startAnthropicMock,
  cachedPrefixOf,
  type AnthropicMock,
  type AnthropicFault,
  type MockReply,
  type Responder,
  type AnthropicMockOptions,
} from './anthropic-mock.js';
export { startOpenAiMock, mockEmbedding, type OpenAiMock, type OpenAiFault } from './openai-mock.js';
export {
  installNetworkGuard,
  loopbackOnlyFetch,
  isLoopback,
  NetworkGuardError,
  type NetworkGuard,
} from './network-guard.js';
export { jobForgeResponder, parseJobForgeRequest, parseLibrary } from './responder.js';
export type { RecordedRequest } from './http-mock.js';
export * as fixtures from './fixtures.js';
export { lyingResponder, applyResumeLies, lyingLetter, lyingResearch } from './lying-responder.js';
export { runPerson, totals, truthTable, type PersonFigures, type DocumentFigures } from './truth-suite.js';
export * as people from './people/index.js';
export {
  startChatMock,
  asAnthropicBody,
  type ChatMock,
  type ChatShape,
  type ChatFault,
  type ChatMockOptions,
} from './chat-mock.js';
