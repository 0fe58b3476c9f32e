/**
 * JSON Resume (jsonresume.org) to the Markdown resume Job Forge keeps: the same layout its own export
 * reads back, so exporting and importing again gives the same entries.
 */
import { validateJsonResume, writtenDate, writtenRange } from '@jobforge/export';
import { ImportError } from './errors.js';

type Item = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const items = (value: unknown): Item[] =>
  Array.isArray(value) ? value.filter((item): item is Item => typeof item === 'object' && item !== null) : [];
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);
const join = (parts: string[], separator: string) => parts.filter(Boolean).join(separator);

export interface JsonResumeText {
  markdown: string;
  warnings: string[];
}

export function jsonResumeToMarkdown(source: string): JsonResumeText {
  let resume: unknown;
  try {
    resume = JSON.parse(source);
  } catch {
    throw new ImportError(
      'not_json_resume',
      'This .json file is not valid JSON. Export your JSON Resume again and retry.',
    );
  }
  if (typeof resume !== 'object' || resume === null || Array.isArray(resume) || !isJsonResumeLike(resume as Item)) {
    throw new ImportError(
      'not_json_resume',
      'This .json file is not a JSON Resume (jsonresume.org): it has no "basics", "work" or "education". Import the resume as PDF, Word or Markdown instead.',
    );
  }
  const data = resume as Item;
  const warnings: string[] = [];
  const validation = validateJsonResume(data);
  if (!validation.valid) {
    warnings.push(
      `The file does not fully follow the JSON Resume schema (${validation.errors
        .slice(0, 3)
        .join('; ')}); check the result.`,
    );
  }
  const basics = (typeof data.basics === 'object' && data.basics ? data.basics : {}) as Item;
  const location = (typeof basics.location === 'object' && basics.location ? basics.location : {}) as Item;
  const lines: string[] = [];
  lines.push(`# ${text(basics.name) || 'Resume'}`);
  const contact = join(
    [
      text(basics.label),
      text(basics.email),
      text(basics.phone),
      join([text(location.city), text(location.region), text(location.countryCode)], ', '),
      text(basics.url),
      ...items(basics.profiles).map(
        (profile) => text(profile.url) || join([text(profile.network), text(profile.username)], ': '),
      ),
    ],
    ' · ',
  );
  if (contact) lines.push(contact);
  section(lines, 'Summary', text(basics.summary) ? [text(basics.summary)] : []);
  section(lines, 'Experience', positions(items(data.work), 'name'));
  section(lines, 'Volunteering', positions(items(data.volunteer), 'organization'));
  section(
    lines,
    'Education',
    items(data.education).map((entry) =>
      join(
        [
          `### ${join([join([text(entry.studyType), text(entry.area)], ' '), text(entry.institution)], ', ')}${dates(
            entry,
          )}`,
          text(entry.score) ? `Score: ${text(entry.score)}` : '',
          strings(entry.courses)
            .map((course) => `- ${course}`)
            .join('\n'),
        ],
        '\n\n',
      ),
    ),
  );
  section(lines, 'Skills', [
    items(data.skills)
      .map((skill) => `- ${labelled(text(skill.name), strings(skill.keywords), text(skill.level))}`)
      .join('\n'),
  ]);
  section(lines, 'Projects', items(data.projects).map(project));
  section(lines, 'Certifications', [list(items(data.certificates), 'name', 'date', 'issuer')]);
  section(lines, 'Awards', [list(items(data.awards), 'title', 'date', 'awarder')]);
  section(lines, 'Publications', [list(items(data.publications), 'name', 'releaseDate', 'publisher')]);
  section(lines, 'Languages', [
    items(data.languages)
      .map((l) => `- ${join([text(l.language), text(l.fluency) ? `(${text(l.fluency)})` : ''], ' ')}`)
      .join('\n'),
  ]);
  section(lines, 'Interests', [
    items(data.interests)
      .map((i) => `- ${labelled(text(i.name), strings(i.keywords), '')}`)
      .join('\n'),
  ]);
  section(
    lines,
    'References',
    items(data.references).map((r) => join([text(r.reference), text(r.name) ? `— ${text(r.name)}` : ''], ' ')),
  );
  return { markdown: `${lines.join('\n\n')}\n`, warnings };
}

function isJsonResumeLike(data: Item): boolean {
  return ['basics', 'work', 'education', 'skills'].some((key) => key in data);
}

function section(lines: string[], title: string, blocks: string[]) {
  const kept = blocks.map((block) => block.trim()).filter((block) => block && block !== '-');
  if (kept.length) lines.push(`## ${title}`, ...kept);
}

function dates(entry: Item): string {
  const range = writtenRange(text(entry.startDate) || undefined, text(entry.endDate) || undefined);
  return range ? ` (${range})` : '';
}

function positions(entries: Item[], organizationKey: string): string[] {
  return entries.map((entry) =>
    join(
      [
        `### ${join([text(entry.position), text(entry[organizationKey])], ' — ')}${
          text(entry.location) ? `, ${text(entry.location)}` : ''
        }${dates(entry)}`,
        text(entry.summary),
        strings(entry.highlights)
          .map((highlight) => `- ${highlight}`)
          .join('\n'),
      ],
      '\n\n',
    ),
  );
}

function project(entry: Item): string {
  const name = text(entry.url) ? `[${text(entry.name)}](${text(entry.url)})` : text(entry.name);
  return join(
    [
      `### ${name}${dates(entry)}`,
      text(entry.description),
      strings(entry.highlights)
        .map((h) => `- ${h}`)
        .join('\n'),
    ],
    '\n\n',
  );
}

function list(entries: Item[], nameKey: string, dateKey: string, byKey: string): string {
  return entries
    .map((entry) => {
      const date = text(entry[dateKey]);
      return `- ${join([text(entry[nameKey]), text(entry[byKey])], ', ')}${date ? ` (${writtenDate(date)})` : ''}`;
    })
    .join('\n');
}

function labelled(name: string, keywords: string[], level: string): string {
  const head = level ? `${name} (${level})` : name;
  return keywords.length ? `**${head}:** ${keywords.join(', ')}` : head;
}
