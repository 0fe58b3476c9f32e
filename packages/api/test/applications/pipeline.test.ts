/**
 * The hiring pipeline through the API as a client uses it: stages and what moving between them means,
 * the frozen documents of a sent application, the timeline, notes and corrections of "when".
 */
import { describe, expect, it } from 'vitest';
import { call, sampleApplication, signedInHarness } from '../support/harness.js';

const { session, as, mutate } = signedInHarness('grace');
const DAY = 86_400_000;

async function newApplication(companyName = 'Acme Rockets') {
  const created = await mutate('applications.create', { ...sampleApplication, companyName });
  expect(created.status).toBe(200);
  return created.data.id as string;
}

async function listed(id: string) {
  const list = await as('applications.list', {});
  return list.data.find((application: any) => application.id === id);
}

describe('stages', () => {
  it('starts in saved with nothing sent and no next action', async () => {
    const id = await newApplication();
    expect(await listed(id)).toMatchObject({ stage: 'saved', appliedAt: null, nextAction: null, status: 'draft' });
  });

  it('applying freezes the exact resume and letter versions, suggests a follow-up, and shows on the timeline', async () => {
    const id = await newApplication();
    for (const content of ['Resume v1', 'Resume v2']) {
      await mutate('documents.update', { applicationId: id, type: 'optimized_resume', content });
    }
    await mutate('documents.update', { applicationId: id, type: 'cover_letter', content: 'Dear Acme, v1' });
    const appliedAt = new Date(Date.now() - 2 * DAY);

    const moved = await mutate('applications.moveStage', {
      id,
      stage: 'applied',
      at: appliedAt,
      note: 'Sent via form',
    });
    expect(moved.status).toBe(200);
    expect(moved.data).toMatchObject({ stage: 'applied', appliedAt, furthestStage: 'applied', sentTailored: true });
    expect(moved.data.stageChangedAt).toEqual(appliedAt);
    expect(moved.data.nextAction).toMatchObject({ kind: 'follow_up', dueAt: new Date(appliedAt.getTime() + 7 * DAY) });

    // Edits after sending change the documents, never what was sent.
    await mutate('documents.update', { applicationId: id, type: 'cover_letter', content: 'Dear Acme, v2' });
    const got = await as('applications.get', { id });
    expect(got.data.sent).toEqual([
      { documentType: 'cover_letter', version: 1, source: 'user', sentAt: appliedAt },
      { documentType: 'optimized_resume', version: 2, source: 'user', sentAt: appliedAt },
    ]);
    const letter = await as('applications.sentDocument', { applicationId: id, type: 'cover_letter' });
    expect(letter.data).toMatchObject({ content: 'Dear Acme, v1', version: 1 });

    const restored = await mutate('applications.restoreSent', { applicationId: id, type: 'cover_letter' });
    expect(restored.data).toMatchObject({ content: 'Dear Acme, v1', version: 3 });
    const history = await as('documents.history', { applicationId: id, type: 'cover_letter' });
    const texts = await Promise.all(
      history.data.versions.map(
        async (v: any) =>
          (
            await as('documents.version', { applicationId: id, type: 'cover_letter', versionId: v.id })
          ).data.content,
      ),
    );
    expect(texts).toContain('Dear Acme, v2');

    const timeline = await as('applications.timeline', { id });
    const stage = timeline.data.entries.find((entry: any) => entry.type === 'stage');
    expect(stage).toMatchObject({ from: 'saved', to: 'applied', note: 'Sent via form', at: appliedAt });
    expect(stage.sent.documents).toEqual([
      { type: 'cover_letter', version: 1, source: 'user' },
      { type: 'optimized_resume', version: 2, source: 'user' },
    ]);
    const times = timeline.data.entries.map((entry: any) => new Date(entry.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(timeline.data.entries.map((entry: any) => entry.type)).toEqual(
      expect.arrayContaining(['created', 'stage', 'document_saved', 'reminder']),
    );
  });

  it('moving on withdraws the suggested follow-up; an ending keeps the furthest stage; saved undoes sending', async () => {
    const id = await newApplication();
    await mutate('applications.moveStage', { id, stage: 'applied' });
    await mutate('applications.moveStage', { id, stage: 'interviewing' });
    expect(await listed(id)).toMatchObject({ stage: 'interviewing', furthestStage: 'interviewing', nextAction: null });
    await mutate('applications.moveStage', { id, stage: 'rejected' });
    expect(await listed(id)).toMatchObject({ stage: 'rejected', furthestStage: 'interviewing' });
    // A move back along the road corrects an earlier one.
    await mutate('applications.moveStage', { id, stage: 'screening' });
    expect(await listed(id)).toMatchObject({ stage: 'screening', furthestStage: 'screening' });
    const saved = await mutate('applications.moveStage', { id, stage: 'saved' });
    expect(saved.data).toMatchObject({ stage: 'saved', appliedAt: null, sentTailored: null });
  });

  it('skipping straight to an interview counts as sent', async () => {
    const id = await newApplication();
    const moved = await mutate('applications.moveStage', { id, stage: 'interviewing' });
    expect(moved.data.appliedAt).toBeInstanceOf(Date);
    expect(moved.data.nextAction).toBeNull();
  });

  it('moving to the stage it is in changes nothing', async () => {
    const id = await newApplication();
    const same = await mutate('applications.moveStage', { id, stage: 'saved' });
    expect(same.status).toBe(200);
    const timeline = await as('applications.timeline', { id });
    expect(timeline.data.entries.filter((entry: any) => entry.type === 'stage')).toHaveLength(0);
  });

  it('refuses a "when" in the future or before the previous stage change, naming the field', async () => {
    const id = await newApplication();
    const future = await mutate('applications.moveStage', { id, stage: 'applied', at: new Date(Date.now() + DAY) });
    expect(future.status).toBe(400);
    expect(future.error?.message).toBe('at: must not be in the future');
    expect(future.error?.data.fieldErrors).toEqual({
      formErrors: [],
      fieldErrors: { at: ['must not be in the future'] },
    });
    await mutate('applications.moveStage', { id, stage: 'applied', at: new Date(Date.now() - DAY) });
    const before = await mutate('applications.moveStage', {
      id,
      stage: 'screening',
      at: new Date(Date.now() - 3 * DAY),
    });
    expect(before.status).toBe(400);
    expect(before.error?.message).toMatch(/^at: must not be before the previous stage change/);
    const badStage = await mutate('applications.moveStage', { id, stage: 'hired' });
    expect(badStage.error?.message).toMatch(/^stage: must be one of: saved, applied/);
  });
});

describe('timeline corrections and notes', () => {
  it('moving the applied change moves appliedAt, what was sent, and the suggested follow-up', async () => {
    const id = await newApplication();
    await mutate('documents.update', { applicationId: id, type: 'cover_letter', content: 'Letter' });
    await mutate('applications.moveStage', { id, stage: 'applied', at: new Date(Date.now() - DAY) });
    const timeline = await as('applications.timeline', { id });
    const change = timeline.data.entries.find((entry: any) => entry.type === 'stage');
    const earlier = new Date(Date.now() - 10 * DAY);
    const edited = await mutate('applications.updateEvent', { eventId: change.id, at: earlier });
    expect(edited.status).toBe(200);
    const after = await listed(id);
    expect(after).toMatchObject({ appliedAt: earlier, stageChangedAt: earlier });
    expect(after.nextAction.dueAt).toEqual(new Date(earlier.getTime() + 7 * DAY));
    const got = await as('applications.get', { id });
    expect(got.data.sent[0].sentAt).toEqual(earlier);

    await mutate('applications.moveStage', { id, stage: 'screening', at: new Date(Date.now() - 5 * DAY) });
    const tooLate = await mutate('applications.updateEvent', {
      eventId: change.id,
      at: new Date(Date.now() - 4 * DAY),
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.error?.message).toMatch(/^at: must not be after the stage change after it/);
  });

  it('adds, edits and deletes notes; stage changes cannot be deleted', async () => {
    const id = await newApplication();
    const note = await mutate('applications.addNote', { id, note: 'Recruiter called, call back Monday' });
    expect(note.status).toBe(200);
    const edited = await mutate('applications.updateEvent', { eventId: note.data.id, note: 'Called back' });
    expect(edited.data.note).toBe('Called back');
    const emptied = await mutate('applications.updateEvent', { eventId: note.data.id, note: '' });
    expect(emptied.error?.message).toBe('note: is required');
    await mutate('applications.moveStage', { id, stage: 'applied' });
    const timeline = await as('applications.timeline', { id });
    const change = timeline.data.entries.find((entry: any) => entry.type === 'stage');
    const refused = await mutate('applications.deleteNote', { eventId: change.id });
    expect(refused.status).toBe(400);
    expect((await mutate('applications.deleteNote', { eventId: note.data.id })).status).toBe(200);
    const after = await as('applications.timeline', { id, limit: 2 });
    expect(after.data.entries).toHaveLength(2);
    expect(after.data.more).toBe(true);
    expect(after.data.entries.some((entry: any) => entry.type === 'note')).toBe(false);
  });
});

describe('dates from plain JSON clients', () => {
  it('accepts ISO 8601 text with a time zone for a moment, and refuses other text by name', async () => {
    const id = await newApplication();
    const at = new Date(Date.now() - DAY);
    const moved = await call<any>(session.harness.api, 'applications.moveStage', undefined, {
      token: session.user.token,
      type: 'mutation',
      raw: JSON.stringify({ json: { id, stage: 'applied', at: at.toISOString() } }),
    });
    expect(moved.status).toBe(200);
    expect(new Date(moved.data.appliedAt)).toEqual(at);
    const wrong = await call<any>(session.harness.api, 'reminders.create', undefined, {
      token: session.user.token,
      type: 'mutation',
      raw: JSON.stringify({ json: { applicationId: id, title: 'x', dueAt: 'next tuesday' } }),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.message).toMatch(/^dueAt: must be a date and time/);
  });
});
