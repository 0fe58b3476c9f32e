/** Chooses the base resume: the primary, unless another library resume clearly matches better. */
import { AiError } from '../errors.js';
import type { JobAnalysis, LibraryResume, TailoredResumeData } from '../types.js';
import { keywordCoverage } from './match.js';
import { cosineSimilarity, lexicalVector } from './lexical-vectors.js';

/** How much better another resume must score before it replaces the primary. */
const PRIMARY_MARGIN = 0.05;

export interface BaseSelection {
  resume: LibraryResume;
  data: Pick<TailoredResumeData, 'baseResume' | 'similaritySource' | 'candidates'>;
}

export function resumesOf(library: LibraryResume[]): LibraryResume[] {
  const resumes = library.filter((entry) => !entry.isWritingSample && entry.content.trim());
  if (resumes.length === 0) {
    throw new AiError('invalid_input', 'Your resume library has no resume yet. Add one, then run this phase again.');
  }
  return [...resumes].sort((a, b) => a.id.localeCompare(b.id));
}

export function selectBaseResume(
  library: LibraryResume[],
  jobDescription: string,
  analysis: JobAnalysis,
  options: { baseResumeId?: string | null; similarityByResumeId?: Record<string, number> | null },
): BaseSelection {
  const resumes = resumesOf(library);
  const useEmbeddings = Boolean(
    options.similarityByResumeId && resumes.every((r) => options.similarityByResumeId![r.id] !== undefined),
  );
  const jobVector = useEmbeddings ? null : lexicalVector(jobDescription);
  const candidates = resumes.map((resume) => {
    const coverage = keywordCoverage(resume.content, analysis).ratio;
    const similarity = useEmbeddings
      ? options.similarityByResumeId![resume.id]!
      : cosineSimilarity(jobVector!, lexicalVector(resume.content));
    const score = Math.round((0.6 * coverage + 0.4 * Math.max(0, similarity)) * 1000) / 1000;
    return {
      resume,
      id: resume.id,
      name: resume.name,
      score,
      keywordCoverage: coverage,
      similarity: Math.round(similarity * 1000) / 1000,
    };
  });
  const byScore = [...candidates].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const best = byScore[0]!;
  const primary = candidates.find((c) => c.resume.isPrimary);
  const similaritySource = useEmbeddings ? 'embeddings' : 'lexical';
  const method = useEmbeddings ? 'embedding similarity' : 'word-overlap similarity';

  let chosen = best;
  let reason: string;
  const forced = options.baseResumeId ? candidates.find((c) => c.id === options.baseResumeId) : undefined;
  if (options.baseResumeId && !forced) {
    throw new AiError('invalid_input', 'baseResumeId does not name a resume in your library.');
  }
  if (forced) {
    chosen = forced;
    reason = `You chose "${forced.name}".`;
  } else if (candidates.length === 1) {
    reason = `"${best.name}" is the only resume in your library.`;
  } else if (primary && (primary === best || best.score - primary.score < PRIMARY_MARGIN)) {
    chosen = primary;
    reason =
      primary === best
        ? `"${primary.name}" is your primary resume and also the best match (${pct(
            primary.keywordCoverage,
          )} keyword coverage, ${method} ${primary.similarity}).`
        : `"${primary.name}" is your primary resume; "${best.name}" scores only slightly higher (${best.score} vs ${primary.score}), not enough to switch.`;
  } else {
    reason = `"${best.name}" matches this posting best: ${pct(best.keywordCoverage)} keyword coverage and ${method} ${
      best.similarity
    }${primary ? `, ahead of your primary "${primary.name}" (${primary.score} vs ${best.score})` : ''}.`;
  }
  return {
    resume: chosen.resume,
    data: {
      baseResume: { id: chosen.id, name: chosen.name, reason },
      similaritySource,
      candidates: candidates.map(({ id, name, score, keywordCoverage: k, similarity }) => ({
        id,
        name,
        score,
        keywordCoverage: k,
        similarity,
      })),
    },
  };
}

function pct(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
