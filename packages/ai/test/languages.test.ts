/**
 * Resumes in Chinese, Arabic, Greek and Polish through every phase, offline and on Claude (a
 * truthful mock): nothing of the person's own text may be taken for an invention, and words are
 * counted per script (Intl.Segmenter), so a Chinese letter is not "too short".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords, createAiEngine, type LibraryResume } from '../src/index.js';
import { jobForgeResponder, startAnthropicMock, type AnthropicMock } from '../src/testing/index.js';

const people: Array<{
  language: string;
  library: LibraryResume[];
  companyName: string;
  roleTitle: string;
  jobDescription: string;
}> = [
  {
    language: 'Chinese',
    companyName: '星辰科技',
    roleTitle: '数据分析师',
    jobDescription:
      '星辰科技正在招聘数据分析师。\n\n要求\n- 三年以上数据分析经验\n- 熟练使用 SQL 和 Python\n- 良好的沟通能力',
    library: [
      {
        id: 'zh',
        name: '简历',
        isPrimary: true,
        content: `# 王小明\nwang@example.com · 上海\n\n## Experience\n\n### 数据分析师 — 上海云图有限公司 (2020 – Present)\n\n- 使用 SQL 和 Python 搭建销售看板，覆盖 12 个区域团队。\n- 把月度报表的制作时间从 5 天缩短到 1 天。\n- 为市场部设计了 A/B 测试流程，共完成 30 次实验。\n\n## Education\n\n复旦大学 统计学学士 (2016 – 2020)\n\n## Skills\n\nSQL, Python, Excel, Tableau\n`,
      },
    ],
  },
  {
    language: 'Arabic',
    companyName: 'شركة النخبة',
    roleTitle: 'محاسب أول',
    jobDescription:
      'تبحث شركة النخبة عن محاسب أول.\n\nالمتطلبات\n- خبرة خمس سنوات في المحاسبة\n- إتقان Excel\n- معرفة بالمعايير الدولية لإعداد التقارير المالية',
    library: [
      {
        id: 'ar',
        name: 'السيرة الذاتية',
        isPrimary: true,
        content: `# أحمد الخطيب\nahmad@example.com · دبي\n\n## Experience\n\n### محاسب — شركة الأفق للتجارة (2018 – Present)\n\n- إعداد الإقفال الشهري لثلاث شركات تابعة خلال 6 أيام عمل.\n- مطابقة 45 حساباً مصرفياً كل شهر.\n- خفض المدفوعات المكررة بنسبة 20% باستخدام Excel.\n\n## Education\n\nبكالوريوس المحاسبة، جامعة الشارقة (2014 – 2018)\n\n## Skills\n\nExcel, SAP, IFRS\n`,
      },
    ],
  },
  {
    language: 'Greek',
    companyName: 'Αιγαίο Λογισμικό',
    roleTitle: 'Μηχανικός Λογισμικού',
    jobDescription:
      'Η Αιγαίο Λογισμικό αναζητά Μηχανικό Λογισμικού.\n\nΑπαιτήσεις\n- 3+ χρόνια εμπειρίας με Java\n- Εμπειρία με PostgreSQL\n- Καλή γνώση αγγλικών',
    library: [
      {
        id: 'el',
        name: 'Βιογραφικό',
        isPrimary: true,
        content: `# Νίκος Παπαδόπουλος\nnikos@example.com · Αθήνα\n\n## Experience\n\n### Μηχανικός Λογισμικού — Ερμής Πληρωμές ΑΕ (2019 – Present)\n\n- Ανέπτυξα υπηρεσίες πληρωμών σε Java που εξυπηρετούν 200.000 χρήστες.\n- Μείωσα τον χρόνο απόκρισης της βάσης PostgreSQL κατά 40%.\n- Καθοδήγησα 3 νέους προγραμματιστές.\n\n## Education\n\nΠτυχίο Πληροφορικής, Πανεπιστήμιο Αθηνών (2015 – 2019)\n\n## Skills\n\nJava, Spring, PostgreSQL, Docker\n`,
      },
    ],
  },
  {
    language: 'Polish',
    companyName: 'Zielona Łódź',
    roleTitle: 'Pielęgniarka oddziałowa',
    jobDescription:
      'Zielona Łódź szuka pielęgniarki oddziałowej.\n\nWymagania\n- prawo wykonywania zawodu pielęgniarki\n- 5 lat doświadczenia na oddziale intensywnej terapii\n- umiejętność pracy w zespole',
    library: [
      {
        id: 'pl',
        name: 'CV',
        isPrimary: true,
        content: `# Małgorzata Żółkiewska\nmalgorzata@example.com · Kraków\n\n## Experience\n\n### Pielęgniarka — Szpital Uniwersytecki w Krakowie (2016 – Present)\n\n- Opieka nad 3 pacjentami wentylowanymi mechanicznie na zmianie.\n- Szkolenie 6 nowych pielęgniarek w ciągu roku.\n- Współtworzenie procedury zapobiegania odleżynom, która zmniejszyła ich liczbę o 30%.\n\n## Education\n\nLicencjat z pielęgniarstwa, Uniwersytet Jagielloński (2012 – 2016)\n\n## Skills\n\nwentylacja mechaniczna, ECMO, dokumentacja medyczna\n`,
      },
    ],
  },
];

let mock: AnthropicMock;
beforeAll(async () => {
  mock = await startAnthropicMock({ respond: jobForgeResponder() });
});
afterAll(() => mock.close());

describe('word counts per script', () => {
  it('counts Chinese and Thai words with Intl.Segmenter, and spaced scripts by their words', () => {
    expect(countWords('我在北京工作了五年，负责数据分析。')).toBeGreaterThan(5);
    expect(countWords('ฉันทำงานที่กรุงเทพมาห้าปี')).toBeGreaterThan(3);
    expect(countWords('Μείωσα τον χρόνο απόκρισης κατά 40%.')).toBe(6);
    expect(countWords('**Hello** world, it is me.')).toBe(5);
  });
});

describe.each(people.map((p) => [p.language, p] as const))('%s resume', (_language, person) => {
  const input = {
    application: {
      companyName: person.companyName,
      roleTitle: person.roleTitle,
      jobDescription: person.jobDescription,
    },
    library: person.library,
  };
  for (const engineName of ['offline', 'claude'] as const) {
    it(`runs every phase on the ${engineName} engine without taking the person's words for inventions`, async () => {
      const engine = createAiEngine(
        engineName === 'claude' ? { anthropic: { apiKey: 'test', baseUrl: mock.url } } : { offline: true },
      );
      const research = await engine.research(input);
      expect(research.markdown).toContain(person.companyName);
      const resume = await engine.tailorResume({ ...input, research });
      const undone = resume.validation.actions.filter((a) => a.action !== 'ignored_posting_line');
      expect(undone, JSON.stringify(undone)).toEqual([]);
      for (const line of person.library[0]!.content.split('\n').filter((l) => l.startsWith('- ')))
        expect(resume.markdown).toContain(line.slice(2));
      const letter = await engine.writeCoverLetter({ ...input, research, tailoredResume: resume.markdown });
      expect(letter.validation.actions.filter((a) => a.action === 'removed')).toEqual([]);
      expect(letter.data.wordCount).toBeGreaterThanOrEqual(120);
    });
  }
});
