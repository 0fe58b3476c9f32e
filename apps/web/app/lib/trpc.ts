/**
 * The browser's typed API client, for the live pieces of the UI (optimistic status changes, AI
 * progress). Page data itself comes from loaders, which call the API in process.
 */
import { createTRPCReact } from '@trpc/react-query';
import type { AppRouter } from '@jobforge/api';

export const trpc = createTRPCReact<AppRouter>();
