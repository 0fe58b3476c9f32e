/**
 * Accounts: users, their sessions, personal API tokens and the login-attempt log used for throttling.
 * Token ids are text (the public half of `<id>.<secret>`); only SHA-256 of the secret is stored.
 */
import { sql } from 'drizzle-orm';
import { boolean, bigserial, check, index, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, timestamps, timestampTz } from './columns.js';

/** What a personal API token may do: read only, or read and change (mutations). */
export const API_TOKEN_SCOPES = ['read', 'read_write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/**
 * What a throttling row records: a sign-in attempt (per email and per address), a sign-up (per
 * address), a sign-up refused because the email is taken (per address: probing for accounts), or a
 * password reset asked for (per email as typed and per address: each one may send an email).
 */
export const LOGIN_ATTEMPT_KINDS = ['login', 'sign_up', 'sign_up_refused', 'password_reset'] as const;
export type LoginAttemptKind = (typeof LOGIN_ATTEMPT_KINDS)[number];

export const users = pgTable('users', {
  id: id(),
  email: varchar('email', { length: 255 }).notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  fullName: varchar('full_name', { length: 255 }).notNull(),
  isActive: boolean('is_active').notNull().default(true),
  ...timestamps(),
});

/** The owning user of a row: deleting the user deletes the row. Row-level policies compare it. */
export const ownerRef = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/**
 * The first columns of a row that a link or cookie `<id>.<secret>` opens: the id, the owner, the
 * SHA-256 of the secret (never the secret) and when it was made.
 */
const secretRowKeys = () => ({
  id: text('id').primaryKey(),
  userId: ownerRef(),
  secretHash: text('secret_hash').notNull(),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    ...secretRowKeys(),
    expiresAt: timestampTz('expires_at').notNull(),
    lastSeenAt: timestampTz('last_seen_at').notNull().defaultNow(),
    userAgent: varchar('user_agent', { length: 512 }),
    ipAddress: varchar('ip_address', { length: 64 }),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: ownerRef(),
    name: varchar('name', { length: 255 }).notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestampTz('last_used_at'),
    expiresAt: timestampTz('expires_at'),
    scope: varchar('scope', { length: 16 }).$type<ApiTokenScope>().notNull().default('read_write'),
  },
  (table) => [
    index('api_tokens_user_id_idx').on(table.userId),
    check('api_tokens_scope_check', sql`${table.scope} in (${inList(API_TOKEN_SCOPES)})`),
  ],
);

/**
 * One-time links to set a new password ("Forgot password?"): the id and SHA-256 of the secret of
 * `<id>.<secret>`, valid for 30 minutes, deleted when used or when the password changes.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    ...secretRowKeys(),
    expiresAt: timestampTz('expires_at').notNull(),
  },
  (table) => [index('password_resets_user_id_idx').on(table.userId)],
);

/** Not a tenant table: no user owns a failed login. Only the privileged handle reads or writes it. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: varchar('kind', { length: 16 }).$type<LoginAttemptKind>().notNull().default('login'),
    /** The email as typed, for sign-in attempts and reset requests; null for sign-ups (per address only). */
    email: varchar('email', { length: 255 }),
    ipAddress: varchar('ip_address', { length: 64 }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestampTz('attempted_at').notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_email_idx').on(table.email, table.attemptedAt),
    index('login_attempts_ip_idx').on(table.ipAddress, table.attemptedAt),
    index('login_attempts_failed_idx')
      .on(table.attemptedAt)
      .where(sql`${table.succeeded} = false`),
    check('login_attempts_kind_check', sql`${table.kind} in (${inList(LOGIN_ATTEMPT_KINDS)})`),
    check(
      'login_attempts_email_check',
      sql`(${table.kind} in ('login', 'password_reset')) = (${table.email} is not null)`,
    ),
  ],
);
