/**
 * npm run user:reset-password -- <email>
 * Prints a one-time link that lets the person with this email choose a new password: for servers
 * without SMTP_URL, where "Forgot password?" cannot email one. The link works once, for 30 minutes;
 * using it signs the account out everywhere. Hand it over privately: whoever has it owns the account.
 * Reads the same settings as the app (DATABASE_URL or JOBFORGE_DATA_DIR, PUBLIC_URL, PORT).
 */
import { parseArgs } from 'node:util';
import { issuePasswordReset, passwordResetLink } from '@jobforge/auth';
import { ConfigError, loadConfig } from '@jobforge/config';
import { createDatabase, DatabaseStartError } from '@jobforge/db';

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const email = positionals[0]?.trim();
  if (positionals.length !== 1 || !email) {
    console.error('Usage: npm run user:reset-password -- <email>');
    return 2;
  }
  const config = loadConfig();
  const database = await createDatabase({ url: config.database.url, dataDir: config.database.dataDir });
  try {
    const issued = await issuePasswordReset(database, email);
    if (!issued) {
      console.error(`No active account has the email ${email}.`);
      return 1;
    }
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(`One-time password reset link for ${issued.email} (valid until ${issued.expiresAt.toISOString()}):`);
    console.log(passwordResetLink(base, issued.token));
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseStartError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
