/**
 * Semantic matching of resumes to postings: resume chunks (by section and bullet) embedded with
 * OpenAI and stored in pgvector. Only when both exist; otherwise the engine ranks by keywords and
 * word overlap and says so. Chunks are refreshed on demand, so a resume edited since its last
 * embedding is embedded again before it is compared.
 */
import {
  and,
  eq,
  inArray,
  resumeChunkEmbeddings,
  rowsOf,
  sql,
  userResumes,
  withUser,
  type UserDatabase,
} from '@jobforge/db';
import type { AiEngine, LibraryResume, ResumeChunk } from '@jobforge/ai';
import type { Logger } from '@jobforge/observability';

export class ResumeEmbeddings {
  /** Per user: the background refresh in flight, and whether another save came in meanwhile. */
  private readonly backgroundRefreshes = new Map<string, { again: boolean; done: Promise<void> }>();

  constructor(
    private readonly database: UserDatabase,
    private readonly engine: AiEngine,
    /** Parses a resume into chunks (in the worker pool, off the request thread). */
    private readonly chunkResume: (markdown: string, signal?: AbortSignal) => Promise<ResumeChunk[]>,
    private readonly logger: Logger,
  ) {}

  /** Both pgvector and an embeddings provider are there. */
  get available(): boolean {
    return this.database.capabilities.vector && this.engine.status().vectors === 'semantic';
  }

  /** Embeds the resumes whose stored chunks are missing or out of date. Returns how many were embedded. */
  async refresh(userId: string, library: LibraryResume[], signal?: AbortSignal): Promise<number> {
    if (!this.available) return 0;
    const { engine } = this;
    const model = engine.status().openai.model;
    const resumes = library.filter((entry) => !entry.isWritingSample);
    if (resumes.length === 0) return 0;
    const stored = await withUser(this.database, userId, (db) =>
      db
        .select({
          resumeId: resumeChunkEmbeddings.resumeId,
          chunkIndex: resumeChunkEmbeddings.chunkIndex,
          content: resumeChunkEmbeddings.content,
        })
        .from(resumeChunkEmbeddings)
        .where(
          and(
            eq(resumeChunkEmbeddings.userId, userId),
            eq(resumeChunkEmbeddings.model, model),
            inArray(
              resumeChunkEmbeddings.resumeId,
              resumes.map((r) => r.id),
            ),
          ),
        ),
    );
    let embedded = 0;
    for (const resume of resumes) {
      const chunks = await this.chunkResume(resume.content, signal);
      const current = stored.filter((row) => row.resumeId === resume.id).sort((a, b) => a.chunkIndex - b.chunkIndex);
      const upToDate =
        current.length === chunks.length && current.every((row, i) => row.content === chunks[i]!.content);
      if (upToDate || chunks.length === 0) continue;
      // The model call happens outside any transaction.
      const result = await engine.embed(
        chunks.map((c) => c.content),
        signal ? { signal } : {},
      );
      await withUser(this.database, userId, async (db) => {
        await db
          .delete(resumeChunkEmbeddings)
          .where(and(eq(resumeChunkEmbeddings.resumeId, resume.id), eq(resumeChunkEmbeddings.userId, userId)));
        await db.insert(resumeChunkEmbeddings).values(
          chunks.map((chunk, i) => ({
            userId,
            resumeId: resume.id,
            chunkIndex: chunk.index,
            content: chunk.content,
            embedding: result.vectors[i]!,
            model: result.model,
          })),
        );
      });
      embedded++;
    }
    return embedded;
  }

  /**
   * Per resume, the mean of its three chunks closest to the posting (cosine similarity), or null when
   * semantic matching is off.
   */
  async similarityByResume(
    userId: string,
    jobDescription: string,
    library: LibraryResume[],
    signal?: AbortSignal,
  ): Promise<Record<string, number> | null> {
    if (!this.available) return null;
    await this.refresh(userId, library, signal);
    const { engine } = this;
    const query = await engine.embed([jobDescription], signal ? { signal } : {});
    const vector = `[${query.vectors[0]!.join(',')}]`;
    const rows = await withUser(this.database, userId, async (db) =>
      rowsOf<{ resume_id: string; similarity: number | string }>(
        await db.execute(sql`
        select resume_id, avg(similarity) as similarity from (
          select resume_id, 1 - (embedding <=> ${vector}::vector) as similarity,
                 row_number() over (partition by resume_id order by embedding <=> ${vector}::vector) as rank
          from resume_chunk_embeddings
          where user_id = ${userId} and model = ${query.model}
        ) ranked
        where rank <= 3
        group by resume_id`),
      ),
    );
    const result: Record<string, number> = {};
    for (const row of rows) result[row.resume_id] = Number(row.similarity);
    return result;
  }

  /**
   * For resumes.create/update: embeds the user's changed resumes in the background, so the save
   * itself never waits for (or fails because of) the embeddings API. Saves in quick succession share
   * one refresh (plus one more pass if a save landed during it) instead of embedding the same resume
   * several times at once.
   */
  schedule(userId: string): void {
    if (!this.available) return;
    const refreshes = this.backgroundRefreshes;
    const inFlight = refreshes.get(userId);
    if (inFlight) {
      inFlight.again = true;
      return;
    }
    const state = { again: true, done: Promise.resolve() };
    state.done = (async () => {
      while (state.again) {
        state.again = false;
        const library = await withUser(this.database, userId, (db) =>
          db
            .select({
              id: userResumes.id,
              name: userResumes.name,
              content: userResumes.content,
              isWritingSample: userResumes.isWritingSample,
            })
            .from(userResumes)
            .where(eq(userResumes.userId, userId)),
        );
        await this.refresh(userId, library);
      }
    })()
      .catch((error) =>
        this.logger.warn(
          { err: error, userId },
          'resume embeddings could not be refreshed; matching falls back to keywords until the next run',
        ),
      )
      .finally(() => refreshes.delete(userId));
    refreshes.set(userId, state);
  }

  /** Settles when the user's background refresh (if any) has finished: for tests and benchmarks. */
  async idle(userId: string): Promise<void> {
    await this.backgroundRefreshes.get(userId)?.done;
  }
}
