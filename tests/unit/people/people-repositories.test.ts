import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from './fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();

function trainerContext(core: ReturnType<typeof openTestCore>) {
  const session = new ClientSession();
  session.unlockTrainer();
  return contextFor(core, session);
}

describe('enterprises', () => {
  it('creates, lists with participant counts, updates and deletes an enterprise', () => {
    const core = openTestCore(tempDir());
    const created = core.enterprises.create(enterprise());
    expect(created).toMatchObject({ nameZh: '华丰纺织有限公司', sector: 'textiles', workersFemale: 120 });
    core.participants.create(participant({ enterpriseId: created.id }));
    expect(core.enterprises.list()).toEqual([expect.objectContaining({ id: created.id, participantCount: 1 })]);
    expect(core.enterprises.update(created.id, enterprise({ city: '无锡' })).city).toBe('无锡');
  });

  it('refuses to delete an enterprise that still has participants, and changes nothing', () => {
    const core = openTestCore(tempDir());
    const created = core.enterprises.create(enterprise());
    core.participants.create(participant({ enterpriseId: created.id }));
    expect(() => core.enterprises.delete(created.id)).toThrow(expect.objectContaining({ code: 'ENTERPRISE_IN_USE', details: { participants: 1 } }));
    expect(core.enterprises.get(created.id)).toBeDefined();
  });
});

describe('participants', () => {
  it('lists participants a page at a time in pinyin order, with the total', () => {
    const core = openTestCore(tempDir());
    core.participants.createMany(['赵敏', '王芳', 'Anna', '阿里', '张伟'].map((name) => participant({ name })));
    const first = core.participants.list({}, { offset: 0, limit: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((p) => p.name)).toEqual(['阿里', 'Anna']);
    expect(core.participants.list({}, { offset: 2, limit: 10 }).rows.map((p) => p.name)).toEqual(['王芳', '张伟', '赵敏']);
    expect(core.participants.list({ query: 'zw' }, { offset: 0, limit: 10 })).toMatchObject({ total: 1, rows: [{ name: '张伟' }] });
  });

  it('warns about the same name in the same enterprise and about the same phone number', () => {
    const core = openTestCore(tempDir());
    const a = core.enterprises.create(enterprise());
    const b = core.enterprises.create(enterprise({ nameZh: '东方化工', nameEn: 'Dongfang Chemicals' }));
    const existing = core.participants.create(participant({ name: '张伟', enterpriseId: a.id, phone: '138 0013 8000' }));
    expect(core.participants.findDuplicates({ name: ' 张 伟 ', enterpriseId: a.id, phone: '' })).toEqual([expect.objectContaining({ id: existing.id, reason: 'name' })]);
    expect(core.participants.findDuplicates({ name: '张伟', enterpriseId: b.id, phone: '' })).toEqual([]);
    expect(core.participants.findDuplicates({ name: '王芳', enterpriseId: b.id, phone: '+86 13800138000'.slice(4) })).toEqual([expect.objectContaining({ reason: 'phone' })]);
    expect(core.participants.findDuplicates({ name: '张伟', enterpriseId: a.id, phone: '' }, existing.id)).toEqual([]);
  });

  it('lets the phone decide when both have one: the same name with another phone is a different person', () => {
    const core = openTestCore(tempDir());
    const a = core.enterprises.create(enterprise());
    const existing = core.participants.create(participant({ name: '李堃', enterpriseId: a.id, phone: '13800138000' }));
    expect(core.participants.findDuplicates({ name: '李堃', enterpriseId: a.id, phone: '13900139000' })).toEqual([]);
    expect(core.participants.findDuplicates({ name: '李坤', enterpriseId: a.id, phone: '138-0013-8000' })).toEqual([expect.objectContaining({ id: existing.id, reason: 'phone' })]);
    expect(core.participants.findDuplicates({ name: '李堃', enterpriseId: a.id, phone: '13800138000' })).toEqual([expect.objectContaining({ id: existing.id, reason: 'phone' })]);
    core.close();
  });

  it('finds people by their job title as well as their name', () => {
    const core = openTestCore(tempDir());
    const titled = core.participants.create(participant({ name: '欧阳昇', jobTitle: '叉车司机' }));
    core.participants.create(participant({ name: '叉车', jobTitle: '' }));
    expect(core.participants.list({ query: '叉车司机' }, { offset: 0, limit: 10 }).rows.map((p) => p.id)).toEqual([titled.id]);
    expect(core.participants.update(titled.id, { ...participant({ name: '欧阳昇' }), jobTitle: '电工' })).toMatchObject({ jobTitle: '电工' });
    expect(core.participants.list({ query: '叉车司机' }, { offset: 0, limit: 10 }).total).toBe(0);
    expect(core.participants.list({ query: '电工' }, { offset: 0, limit: 10 }).rows.map((p) => p.name)).toEqual(['欧阳昇']);
    core.close();
  });

  it('writes none of a batch when one participant fails', () => {
    const core = openTestCore(tempDir());
    const missingEnterprise = '00000000-0000-4000-8000-000000000000';
    expect(() => core.participants.createMany([participant({ name: '甲' }), participant({ name: '乙', enterpriseId: missingEnterprise })])).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(core.participants.count()).toBe(0);
    expect(core.participants.search('甲')).toEqual([]);
  });
});

describe('people operations', () => {
  it('are refused while the trainer area is locked', async () => {
    const core = openTestCore(tempDir());
    expect(await dispatch('listParticipants', {}, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    expect(await dispatch('createEnterprise', { enterprise: enterprise() }, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
  });

  it('ask before adding a likely duplicate and add it once the trainer confirms', async () => {
    const core = openTestCore(tempDir());
    const context = trainerContext(core);
    const first = await dispatch('createParticipant', { participant: participant() }, context);
    expect(first).toMatchObject({ ok: true });
    const second = await dispatch('createParticipant', { participant: participant() }, context);
    expect(second).toMatchObject({ ok: false, error: { code: 'PARTICIPANT_DUPLICATE', count: 1 } });
    expect(core.participants.count()).toBe(1);
    expect(await dispatch('createParticipant', { participant: participant(), allowDuplicate: true }, context)).toMatchObject({ ok: true });
    expect(core.participants.count()).toBe(2);
  });

  it('reject an enterprise without any name and a participant with an unknown gender', async () => {
    const core = openTestCore(tempDir());
    const context = trainerContext(core);
    expect(await dispatch('createEnterprise', { enterprise: enterprise({ nameZh: '', nameEn: ' ' }) }, context)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['enterprise.nameZh'] } });
    expect(await dispatch('createParticipant', { participant: { ...participant(), gender: 'm' } }, context)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['participant.gender'] } });
  });
});
