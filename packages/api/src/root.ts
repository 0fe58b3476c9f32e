/**
 * The whole API: one feature router per namespace. A new namespace is one import and one line here;
 * the attack and bad-input suites enumerate `appRouter` and cover it without further changes.
 */
import { aiRouter } from './ai/_router.js';
import { applicationsRouter } from './applications/_router.js';
import { authRouter } from './auth/_router.js';
import { calendarRouter } from './calendar/_router.js';
import { contactsRouter } from './contacts/_router.js';
import { documentsRouter } from './documents/_router.js';
import { insightsRouter } from './insights/_router.js';
import { remindersRouter } from './reminders/_router.js';
import { resumesRouter } from './resumes/_router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  applications: applicationsRouter,
  documents: documentsRouter,
  resumes: resumesRouter,
  ai: aiRouter,
  reminders: remindersRouter,
  contacts: contactsRouter,
  insights: insightsRouter,
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;
