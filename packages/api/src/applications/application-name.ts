/**
 * Names applications as the seed does, `company_role_YYYY_MM_DD`, made unique per user with a
 * numeric suffix. Letters and digits of every script are kept (accents are dropped, "Café" is
 * "cafe"), so a Chinese or Arabic company keeps its name instead of becoming `company`; only a
 * name with no letter or digit at all (emoji alone) falls back to `company` or `role`.
 */
import { and, applications, eq, like, or, type UserTx } from '@jobforge/db';

const MAX_PART = 80;

export function slugPart(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Recomposes what NFKD split apart without marks to drop (Hangul syllables).
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_');
  return trimUnderscores(trimUnderscores(slug).slice(0, MAX_PART)) || fallback;
}

/** Without leading and trailing "_" (a loop: `/_+$/` is quadratic over a long run of "_"). */
function trimUnderscores(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '_') start++;
  while (end > start && text[end - 1] === '_') end--;
  return text.slice(start, end);
}

export function baseApplicationName(companyName: string, roleTitle: string, date: Date): string {
  const day = date.toISOString().slice(0, 10).replaceAll('-', '_');
  return `${slugPart(companyName, 'company')}_${slugPart(roleTitle, 'role')}_${day}`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function uniqueApplicationName(db: UserTx, userId: string, base: string): Promise<string> {
  const taken = await db
    .select({ name: applications.name })
    .from(applications)
    .where(
      and(
        eq(applications.userId, userId),
        or(eq(applications.name, base), like(applications.name, `${escapeLike(base)}\\_%`)),
      ),
    );
  const names = new Set(taken.map((row) => row.name));
  if (!names.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}_${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}
