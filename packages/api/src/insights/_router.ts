import { protectedProcedure, router } from '../trpc.js';
import { outcomesSchema } from './outcomes.schema.js';
import { funnel } from './funnel.handler.js';
import { funnelSchema } from './funnel.schema.js';
import { outcomes } from './outcomes.handler.js';

export const insightsRouter = router({
  funnel: protectedProcedure.input(funnelSchema).query(funnel),
  outcomes: protectedProcedure.input(outcomesSchema).query(outcomes),
});
