/** `npm run db:migrate`: applies migrations to DATABASE_URL, or to the embedded data folder. */
import { createDatabase, DatabaseStartError } from '../index.js';

const url = process.env.DATABASE_URL?.trim() || undefined;
try {
  const database = await createDatabase({
    url,
    dataDir: process.env.JOBFORGE_DATA_DIR?.trim() || undefined,
    onNotice: (message) => console.log(message),
  });
  console.log(
    `Migrations applied (${database.driver}${database.capabilities.vector ? ', pgvector on' : ', pgvector off'}).`,
  );
  await database.close();
} catch (error) {
  console.error(error instanceof DatabaseStartError ? error.message : error);
  process.exit(1);
}
