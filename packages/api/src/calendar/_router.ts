import { protectedProcedure, router } from '../trpc.js';
import { disableFeed, feedStatus, rotateFeed } from './feed.handler.js';
import { noInputSchema } from './feed.schema.js';

export const calendarRouter = router({
  feed: protectedProcedure.input(noInputSchema).query(feedStatus),
  rotateFeed: protectedProcedure.input(noInputSchema).mutation(rotateFeed),
  disableFeed: protectedProcedure.input(noInputSchema).mutation(disableFeed),
});
