/**
 * Unsaved editor text kept in the browser's storage, keyed by document and the version it was
 * based on, so text survives a session that ends under it (signed out elsewhere, expiry, a crash):
 * after signing in again the editor offers it back instead of showing the old text alone.
 */
import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'jobforge:draft:';
const WRITE_DELAY_MS = 400;

export interface StoredDraft {
  content: string;
  baseVersion: number;
  savedAt: number;
}

const keyOf = (documentKey: string, baseVersion: number) => `${PREFIX}${documentKey}:${baseVersion}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled by the browser: drafts are simply not kept
  }
}

/** Every stored draft of this document, newest base version first. */
function draftsOf(documentKey: string): Array<{ key: string; draft: StoredDraft }> {
  const store = storage();
  if (!store) return [];
  const found: Array<{ key: string; draft: StoredDraft }> = [];
  for (let index = 0; index < store.length; index++) {
    const key = store.key(index);
    if (!key?.startsWith(`${PREFIX}${documentKey}:`)) continue;
    try {
      const draft = JSON.parse(store.getItem(key) ?? '') as StoredDraft;
      if (typeof draft.content === 'string' && Number.isInteger(draft.baseVersion)) found.push({ key, draft });
    } catch {
      store.removeItem(key);
    }
  }
  return found.sort((a, b) => b.draft.baseVersion - a.draft.baseVersion);
}

export function writeDraft(documentKey: string, draft: StoredDraft): void {
  try {
    storage()?.setItem(keyOf(documentKey, draft.baseVersion), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the unsaved-changes guard still warns before leaving.
  }
}

/** Forgets every stored draft of this document (after a save, or when the user discards it). */
export function clearDrafts(documentKey: string): void {
  for (const { key } of draftsOf(documentKey)) storage()?.removeItem(key);
}

/**
 * Keeps `content` in storage while it differs from the saved text, and returns a stored draft that
 * differs from what the server has now (to offer back), with a way to forget it.
 */
export function useDocumentDraft(documentKey: string, content: string, saved: { content: string; version: number }) {
  const [offered, setOffered] = useState<StoredDraft | null>(null);

  useEffect(() => {
    const [newest] = draftsOf(documentKey);
    if (newest && newest.draft.content !== saved.content) setOffered(newest.draft);
    // Only on opening the editor: later changes are the user's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentKey]);

  useEffect(() => {
    if (content === saved.content) return;
    const timer = setTimeout(
      () => writeDraft(documentKey, { content, baseVersion: saved.version, savedAt: Date.now() }),
      WRITE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [documentKey, content, saved.content, saved.version]);

  const dismiss = useCallback(() => {
    setOffered(null);
    clearDrafts(documentKey);
  }, [documentKey]);

  return { offered, dismiss, setOffered };
}
