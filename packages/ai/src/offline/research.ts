/** The offline research phase: analysis of the posting plus a positioning strategy from the library. */
import type { ApplicationInput, JobAnalysis, LibraryResume, Positioning, ResearchData } from '../types.js';
import { analyzeJobDescription, looksLikeInjection } from './analyze-job.js';
import { rankBullets } from './match.js';
import { skillNames } from './skills.js';
import { allBullets, parseResume } from '../text/resume-structure.js';
import { COMPANY_SOURCE_NOTE } from '../render/research-report.js';
import { sentences } from '../text/words.js';

export function researchOffline(
  application: ApplicationInput,
  library: LibraryResume[],
  userContext?: string | null,
): ResearchData {
  const analysis = analyzeJobDescription(application);
  return {
    analysis,
    companyInsight: companyInsightFrom(application, userContext),
    positioning: positioningFrom(analysis, library, userContext),
  };
}

function companyInsightFrom(
  application: ApplicationInput,
  userContext?: string | null,
): ResearchData['companyInsight'] {
  const company = application.companyName.toLowerCase();
  const postingSentences = sentences(application.jobDescription.replace(/^[#*\-\s]+/gm, ''));
  const points: string[] = [];
  for (const sentence of postingSentences) {
    const lower = sentence.toLowerCase();
    if (
      (lower.includes(company) || /^(we|our)\b/.test(lower)) &&
      !/\b(you will|you'll|you have|requirements?)\b/.test(lower)
    ) {
      points.push(`From the posting: ${sentence}`);
    }
    if (points.length >= 6) break;
  }
  if (application.jobDescription.split('\n').some(looksLikeInjection)) {
    points.push(
      'The posting contains text addressed to AI tools (for example "ignore previous instructions"); Job Forge ignored it.',
    );
  }
  for (const text of [application.additionalContext, userContext]) {
    for (const sentence of sentences(text ?? '').slice(0, 4)) points.push(`From your notes: ${sentence}`);
  }
  return { points: points.map((p) => p.slice(0, 500)).slice(0, 15), sourceNote: COMPANY_SOURCE_NOTE };
}

function positioningFrom(analysis: JobAnalysis, library: LibraryResume[], userContext?: string | null): Positioning {
  const resumes = library.filter((entry) => !entry.isWritingSample);
  const material = [...resumes.map((r) => r.content), userContext ?? ''].join('\n');
  const have = skillNames(material);
  const bullets = resumes.flatMap((r) => allBullets(parseResume(r.content)).map((b) => b.text));
  const ranked = rankBullets([...new Set(bullets)], analysis);

  const strengths: Positioning['strengths'] = [];
  const wanted = [...analysis.skills].sort((a, b) =>
    a.importance === b.importance ? 0 : a.importance === 'must' ? -1 : 1,
  );
  for (const skill of wanted) {
    if (!have.has(skill.name) || strengths.length >= 6) continue;
    const evidence = ranked.find((b) => b.matched.includes(skill.name));
    strengths.push({
      point: `${skill.name} (${skill.importance === 'must' ? 'required' : 'helpful'})`,
      evidence: evidence ? `Your resume: "${evidence.text}"` : 'Listed in your resume library.',
    });
  }
  for (const bullet of ranked.slice(0, 3)) {
    if (bullet.score <= 0 || strengths.length >= 8 || strengths.some((s) => s.evidence.includes(bullet.text))) continue;
    strengths.push({
      point: `Relevant result: ${bullet.matched.slice(0, 3).join(', ') || 'closely related work'}`,
      evidence: `Your resume: "${bullet.text}"`,
    });
  }
  const gaps: Positioning['gaps'] = analysis.skills
    .filter((s) => s.importance === 'must' && !have.has(s.name))
    .slice(0, 8)
    .map((s) => ({
      gap: `${s.name} is required and does not appear in your resume library`,
      howToAddress: `If you have used ${s.name}, add it to a library resume with a concrete example so the tailored resume can include it. If not, point to the closest experience you do have and say how you would ramp up; never claim it.`,
    }));
  if (analysis.yearsOfExperience !== null) {
    gaps.push({
      gap: `The posting asks for ${analysis.yearsOfExperience}+ years`,
      howToAddress:
        'Make sure the dates in your resume show the span of your relevant experience; lead with the roles that count toward it.',
    });
  }
  const mustCount = analysis.skills.filter((s) => s.importance === 'must').length;
  const mustHave = analysis.skills.filter((s) => s.importance === 'must' && have.has(s.name)).length;
  const summary =
    mustCount === 0
      ? 'The posting names few specific skills: lead with the results in your resume that match its responsibilities.'
      : `Your library shows ${mustHave} of the ${mustCount} required skills. Lead with ${
          strengths
            .slice(0, 3)
            .map((s) => s.point.replace(/ \((required|helpful)\)$/, ''))
            .join(', ') || 'your most related results'
        }${gaps.length ? `, and address ${gaps.length === 1 ? 'the gap' : 'the gaps'} below honestly` : ''}.`;
  return { strengths, gaps: gaps.slice(0, 12), summary };
}
