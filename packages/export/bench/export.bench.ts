/**
 * `npm run bench:export`: what a download costs. A two-page resume as PDF in each template, as
 * DOCX and as JSON Resume, a three-page resume as PDF, each timed warm (median and p95 of
 * BENCH_ITERATIONS, default 30) after the first, cold one. Prints sizes, pages and times.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { getDocumentProxy } from 'unpdf';
import { exportDocument, TEMPLATE_IDS, type ExportRequest } from '../src/index.js';
import { threePageResume, twoPageResume } from '../src/testing/sample-documents.js';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

async function measure(label: string, request: ExportRequest) {
  const first = performance.now();
  const file = await exportDocument(request);
  const cold = performance.now() - first;
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i += 1) {
    const started = performance.now();
    await exportDocument(request);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerRun = (cpu.user + cpu.system) / 1000 / ITERATIONS;
  times.sort((a, b) => a - b);
  const pages = request.format === 'pdf' ? (await getDocumentProxy(file.bytes.slice())).numPages : '';
  console.log(
    [
      label.padEnd(34),
      `${(file.bytes.byteLength / 1024).toFixed(1)} KB`.padStart(9),
      String(pages).padStart(5),
      `${cold.toFixed(0)} ms`.padStart(8),
      `${percentile(times, 0.5).toFixed(0)} ms`.padStart(8),
      `${percentile(times, 0.95).toFixed(0)} ms`.padStart(8),
      `${cpuPerRun.toFixed(0)} ms`.padStart(8),
    ].join(' '),
  );
  return { p50: percentile(times, 0.5), cpu: cpuPerRun };
}

console.log(
  `export benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${ITERATIONS} warm runs each`,
);
console.log(
  ['document'.padEnd(34), 'size'.padStart(9), 'pages', 'first'.padStart(8), 'p50'.padStart(8), 'p95'.padStart(8)]
    .concat('CPU/run'.padStart(8))
    .join(' '),
);
const base = { kind: 'resume' as const, title: 'Jane Doe — Resume', author: 'Jane Doe' };
const importStarted = performance.now();
await import('@react-pdf/renderer');
console.log(`(loading the PDF renderer: ${(performance.now() - importStarted).toFixed(0)} ms, once per process)`);
let twoPagePdf = { p50: 0, cpu: 0 };
for (const template of TEMPLATE_IDS) {
  const result = await measure(`2-page resume, PDF, ${template}, A4`, {
    ...base,
    markdown: twoPageResume,
    format: 'pdf',
    template,
    paper: 'a4',
  });
  if (result.p50 > twoPagePdf.p50) twoPagePdf = result;
}
await measure('2-page resume, PDF, classic, Letter', {
  ...base,
  markdown: twoPageResume,
  format: 'pdf',
  paper: 'letter',
});
await measure('3-page resume, PDF, classic, A4', { ...base, markdown: threePageResume, format: 'pdf' });
await measure('2-page resume, DOCX', { ...base, markdown: twoPageResume, format: 'docx' });
await measure('2-page resume, JSON Resume', { ...base, markdown: twoPageResume, format: 'json' });
console.log(
  `goal: a 2-page resume as PDF in under 300 ms: ${
    twoPagePdf.p50 < 300 ? 'met' : 'MISSED'
  } (slowest template: p50 ${twoPagePdf.p50.toFixed(0)} ms wall, ${twoPagePdf.cpu.toFixed(
    0,
  )} ms CPU per render; wall time grows with the load average)`,
);
