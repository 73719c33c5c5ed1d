import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import type { StaffCaller } from '@/lib/staff/caller';
import { recordStaffAction, verifyStaffActionLog } from '@/lib/staff/log';
import {
  attachmentStore,
  checkAttachments,
  fileTicket,
  findAttachmentForStaff,
  findTicketForStaff,
  listTicketQueue,
  moveTicket,
  ticketAgeing,
  recordMusdesDecisions,
  listMusdesAgenda,
  trackTicket,
  ticketInput,
  type ActionRecorder,
  type AttachmentStore,
  type UploadedFile,
} from '@/lib/tickets';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const kedungdoro = '35.78.05.1003';
const cileunyiWetan = '32.04.05.2002';
let keyCounter = 0;
const newKey = () => `test-submission-key-${Date.now()}-${(keyCounter += 1)}`;

const usulan = (overrides: Record<string, unknown> = {}) =>
  ticketInput.parse({
    kind: 'USULAN',
    submissionKey: newKey(),
    villageCode: kedungdoro,
    applicantName: 'Sutrisno',
    applicantBirthDate: '1970-05-01',
    nik: '',
    phone: '',
    kk: '3578050101700001',
    address: 'Jl. Kedungdoro Gg. 3 No. 12',
    reasons: 'Suami meninggal, tidak ada penghasilan tetap.',
    members: 'Sutrisno\nSumiati\nAndi',
    ...overrides,
  });

const file = (name: string, bytes: Uint8Array): UploadedFile => ({
  name,
  size: bytes.byteLength,
  bytes: async () => bytes,
});
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

describe.each(testEngines())('tickets on $name', (engine) => {
  let database: Database;
  let store: AttachmentStore;
  let dir: string;
  const record: ActionRecorder = recordStaffAction;
  const loggedActions = async (subject: string) =>
    (await database.prisma.staffActionLog.findMany({ where: { subject }, orderBy: { id: 'asc' } })).map(
      (row) => [row.action, row.actorId],
    );
  let operator: StaffCaller;
  let otherOperator: StaffCaller;
  let dinsos: StaffCaller;
  const deps = () => ({ database, secret: testSecret, store, record });

  beforeAll(async () => {
    database = await openSeededDatabase(engine, 0);
    dir = await mkdtemp(path.join(tmpdir(), 'attachments-'));
    store = attachmentStore(dir);
    const user = async (username: string, role: StaffCaller['role'], regionCodes: string[]) => {
      const created = await database.prisma.staffUser.create({
        data: { username, displayName: username, passwordHash: 'x', role },
      });
      return { userId: created.id, role, regionCodes };
    };
    operator = await user('op.kedungdoro', 'OPERATOR_DESA', [kedungdoro]);
    otherOperator = await user('op.cileunyi', 'OPERATOR_DESA', [cileunyiWetan]);
    dinsos = await user('dinsos.sby', 'DINSOS', ['35.78']);
  });
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('files a ticket once however often the same form is sent', async () => {
    const input = usulan({ kk: '3578050101700011' });
    const [first, second] = await Promise.all([
      fileTicket(deps(), input, { channel: 'PUBLIC' }, []),
      fileTicket(deps(), input, { channel: 'PUBLIC' }, []),
    ]);
    const third = await fileTicket(deps(), input, { channel: 'PUBLIC' }, []);
    expect(first.kind).toBe('filed');
    expect(second).toMatchObject({ kind: 'filed', code: first.kind === 'filed' ? first.code : '' });
    expect(third).toMatchObject({ kind: 'filed', repeated: true });
    expect(await database.prisma.ticket.count({ where: { submissionKey: input.submissionKey } })).toBe(1);
  });

  it('refuses a second open usulan from the same filer for a household, even at the same moment', async () => {
    const kk = '3578050101700022';
    const outcomes = await Promise.all([
      fileTicket(deps(), usulan({ kk }), { channel: 'PUBLIC' }, []),
      fileTicket(deps(), usulan({ kk }), { channel: 'PUBLIC' }, []),
      fileTicket(deps(), usulan({ kk }), { channel: 'OPERATOR', caller: operator }, []),
    ]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual([
      'duplicate-usulan',
      'duplicate-usulan',
      'filed',
    ]);
  });

  it("a stranger's usulan for a No. KK does not block the family's own, and staff see both", async () => {
    const kk = '3578050101700055';
    const stranger = await fileTicket(
      deps(),
      usulan({ kk, applicantName: 'Orang Lain', applicantBirthDate: '1985-02-02', phone: '081234567890' }),
      { channel: 'PUBLIC' },
      [],
    );
    const familyInput = usulan({ kk, nik: '3578050105700001' });
    const [family, familyAgain] = await Promise.all([
      fileTicket(deps(), familyInput, { channel: 'PUBLIC' }, []),
      fileTicket(deps(), familyInput, { channel: 'PUBLIC' }, []),
    ]);
    // In the next village: out of the Kedungdoro operator's sight, within Dinsos Surabaya's.
    const elsewhere = await fileTicket(
      deps(),
      usulan({ kk, villageCode: '35.78.05.1001', applicantName: 'Pihak Ketiga' }),
      { channel: 'PUBLIC' },
      [],
    );
    if (stranger.kind !== 'filed' || family.kind !== 'filed' || elsewhere.kind !== 'filed')
      throw new Error('expected all three filed');
    expect(familyAgain).toMatchObject({ kind: 'filed', code: family.code });
    expect(await database.prisma.ticket.count({ where: { submissionKey: familyInput.submissionKey } })).toBe(
      1,
    );

    expect((await findTicketForStaff(database, operator, family.code))?.otherUsulan).toEqual([stranger.code]);
    expect((await findTicketForStaff(database, operator, stranger.code))?.otherUsulan).toEqual([family.code]);
    expect((await findTicketForStaff(database, dinsos, family.code))?.otherUsulan).toEqual([
      stranger.code,
      elsewhere.code,
    ]);
    const queue = await listTicketQueue(database, operator, {});
    expect(queue.find((row) => row.code === stranger.code)?.otherUsulan).toEqual([family.code]);
    expect(queue.find((row) => row.code === family.code)?.otherUsulan).toEqual([stranger.code]);
  });

  it('refuses bad attachments: wrong type, too big, a renamed executable', async () => {
    expect(await checkAttachments([file('ktp.exe', executable)], 1024)).toEqual({
      kind: 'refused',
      problem: 'attachmentType',
    });
    expect(await checkAttachments([file('foto.jpg', executable)], 1024)).toEqual({
      kind: 'refused',
      problem: 'attachmentType',
    });
    expect(await checkAttachments([file('page.png', new TextEncoder().encode('<html>'))], 1024)).toEqual({
      kind: 'refused',
      problem: 'attachmentType',
    });
    const big = new Uint8Array(2048);
    big.set(jpeg);
    expect(await checkAttachments([file('besar.jpg', big)], 1024)).toEqual({
      kind: 'refused',
      problem: 'attachmentTooBig',
    });
    const checked = await checkAttachments([file('kk.jpg', jpeg)], 1024);
    expect(checked.kind).toBe('ok');
  });

  it('keeps the files of a filed ticket and removes those of a refused one', async () => {
    const checked = await checkAttachments([file('../../etc/kk.jpg', jpeg)], 1024);
    if (checked.kind !== 'ok') throw new Error('expected ok');
    const kk = '3578050101700033';
    const before = (await readdir(dir)).length;
    const filed = await fileTicket(deps(), usulan({ kk }), { channel: 'PUBLIC' }, checked.attachments);
    expect(filed.kind).toBe('filed');
    expect((await readdir(dir)).length).toBe(before + 1);
    const refused = await fileTicket(deps(), usulan({ kk }), { channel: 'PUBLIC' }, checked.attachments);
    expect(refused.kind).toBe('duplicate-usulan');
    expect((await readdir(dir)).length).toBe(before + 1);
    const row = await database.prisma.ticketAttachment.findFirstOrThrow({
      where: { ticket: { code: filed.kind === 'filed' ? filed.code : '' } },
    });
    expect(row).toMatchObject({ originalName: 'kk.jpg', mediaType: 'image/jpeg' });
    expect(row.storedName).toMatch(/^[a-f0-9]{32}\.jpg$/);
  });

  it('tracks a ticket with its code and the birth date only', async () => {
    const filed = await fileTicket(deps(), usulan({ kk: '3578050101700044' }), { channel: 'PUBLIC' }, []);
    if (filed.kind !== 'filed') throw new Error('expected filed');
    const found = await trackTicket(database, filed.code.toLowerCase().replace('-', ' '), '1970-05-01');
    expect(found).toMatchObject({ kind: 'found', ticket: { state: 'DIAJUKAN', maskedName: 'S******O' } });
    expect(await trackTicket(database, filed.code, '1970-05-02')).toEqual({ kind: 'not-found' });
    expect(await trackTicket(database, 'AAAA-AAAA', '1970-05-01')).toEqual({ kind: 'not-found' });
  });

  it('moves a ticket through the whole flow, each move by its role and recorded', async () => {
    const filed = await fileTicket(deps(), usulan({ kk: '3578050101700055' }), { channel: 'PUBLIC' }, []);
    if (filed.kind !== 'filed') throw new Error('expected filed');
    const move = (caller: StaffCaller, to: Parameters<typeof moveTicket>[2]['to'], extra = {}) =>
      moveTicket({ database, record }, caller, { code: filed.code, to, note: '', ...extra });

    expect(await move(dinsos, 'DIVERIFIKASI_DINSOS')).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect(await move(otherOperator, 'DIPERIKSA_DESA', { musdesAgreed: true })).toEqual({
      kind: 'not-found',
    });
    expect(await move(operator, 'DIPERIKSA_DESA')).toEqual({ kind: 'refused', reason: 'musdes-required' });
    expect(await move(operator, 'DIPERIKSA_DESA', { musdesAgreed: true, note: 'Notulen 12/2026' })).toEqual({
      kind: 'moved',
      from: 'DIAJUKAN',
      to: 'DIPERIKSA_DESA',
    });
    expect(await move(operator, 'DIVERIFIKASI_DINSOS')).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect((await move(dinsos, 'DIVERIFIKASI_DINSOS')).kind).toBe('moved');
    expect((await move(dinsos, 'DITERUSKAN_PUSAT')).kind).toBe('moved');
    expect(await move(dinsos, 'DITOLAK')).toEqual({ kind: 'refused', reason: 'reason-required' });
    expect((await move(dinsos, 'SELESAI')).kind).toBe('moved');
    expect(await move(dinsos, 'DITOLAK', { note: 'Sudah selesai' })).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });

    const events = await database.prisma.ticketEvent.findMany({
      where: { ticket: { code: filed.code } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => [event.toState, event.actorId])).toEqual([
      ['DIAJUKAN', null],
      ['DIPERIKSA_DESA', operator.userId],
      ['DIVERIFIKASI_DINSOS', dinsos.userId],
      ['DITERUSKAN_PUSAT', dinsos.userId],
      ['SELESAI', dinsos.userId],
    ]);
    expect(events[1]?.musdesAgreed).toBe(true);
    expect(await loggedActions(filed.code)).toEqual([
      ['ticket.move', operator.userId],
      ['ticket.move', dinsos.userId],
      ['ticket.move', dinsos.userId],
      ['ticket.move', dinsos.userId],
    ]);
    expect(await verifyStaffActionLog(database.prisma)).toMatchObject({ kind: 'intact' });
  });

  it('two staff moving the same ticket at once: one move lands, the other is refused', async () => {
    const filed = await fileTicket(deps(), usulan({ kk: '3578050101700111' }), { channel: 'PUBLIC' }, []);
    if (filed.kind !== 'filed') throw new Error('expected filed');
    const outcomes = await Promise.all([
      moveTicket({ database, record }, operator, {
        code: filed.code,
        to: 'DIPERIKSA_DESA',
        musdesAgreed: true,
        note: '',
        expectedState: 'DIAJUKAN',
      }),
      moveTicket({ database, record }, operator, {
        code: filed.code,
        to: 'DITOLAK',
        note: 'Tidak memenuhi syarat',
        expectedState: 'DIAJUKAN',
      }),
    ]);
    expect(outcomes.filter((outcome) => outcome.kind === 'moved')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'stale')).toHaveLength(1);
    expect(await database.prisma.ticketEvent.count({ where: { ticket: { code: filed.code } } })).toBe(2);
  });

  it('records a Musdes for all open usulan of the village at once, or not at all', async () => {
    const village = '35.78.05.1004';
    const villageOperator: StaffCaller = { ...operator, regionCodes: [village] };
    const codes: string[] = [];
    for (const kk of ['3578050101700066', '3578050101700077', '3578050101700088']) {
      const filed = await fileTicket(deps(), usulan({ kk, villageCode: village }), { channel: 'PUBLIC' }, []);
      if (filed.kind === 'filed') codes.push(filed.code);
    }
    expect((await listMusdesAgenda(database, villageOperator, village))?.map((item) => item.code)).toEqual(
      codes,
    );
    expect(await listMusdesAgenda(database, otherOperator, village)).toBeNull();

    const missingReason = await recordMusdesDecisions({ database, record }, villageOperator, {
      villageCode: village,
      minutes: 'Musdes 20 November',
      decisions: [
        { code: codes[0] ?? '', decision: 'agreed', reason: '' },
        { code: codes[1] ?? '', decision: 'not-agreed', reason: '' },
      ],
    });
    expect(missingReason).toMatchObject({ kind: 'refused', code: codes[1] });
    expect(await database.prisma.ticket.count({ where: { code: { in: codes }, state: 'DIAJUKAN' } })).toBe(3);

    const recordedMeeting = await recordMusdesDecisions({ database, record }, villageOperator, {
      villageCode: village,
      minutes: 'Musdes 20 November',
      decisions: [
        { code: codes[0] ?? '', decision: 'agreed', reason: '' },
        { code: codes[1] ?? '', decision: 'not-agreed', reason: 'Rumah tangga sudah mampu' },
        { code: codes[2] ?? '', decision: 'skip', reason: '' },
      ],
    });
    expect(recordedMeeting).toEqual({ kind: 'recorded', agreed: 1, rejected: 1 });
    const tracked = await trackTicket(database, codes[1] ?? '', '1970-05-01');
    expect(tracked.kind === 'found' && tracked.ticket.steps.at(-1)).toMatchObject({
      state: 'DITOLAK',
      musdesAgreed: false,
      reason: 'Rumah tangga sudah mampu',
    });
  });

  it('staff read only the tickets and files of their regions', async () => {
    const checked = await checkAttachments([file('kk.jpg', jpeg)], 1024);
    if (checked.kind !== 'ok') throw new Error('expected ok');
    const filed = await fileTicket(
      deps(),
      usulan({ kk: '3578050101700122' }),
      { channel: 'PUBLIC' },
      checked.attachments,
    );
    if (filed.kind !== 'filed') throw new Error('expected filed');
    const [attachment] = (await findTicketForStaff(database, dinsos, filed.code))?.attachments ?? [];
    expect(attachment).toMatchObject({ originalName: 'kk.jpg' });
    const bandung: StaffCaller = { ...dinsos, regionCodes: ['32.04'] };
    const admin: StaffCaller = { ...dinsos, role: 'ADMIN', regionCodes: [] };

    expect(await findTicketForStaff(database, otherOperator, filed.code)).toBeNull();
    expect(await findTicketForStaff(database, bandung, filed.code)).toBeNull();
    expect(await findTicketForStaff(database, admin, filed.code)).not.toBeNull();
    expect(await findAttachmentForStaff(database, bandung, filed.code, attachment?.id ?? 0)).toBeNull();
    expect(await findAttachmentForStaff(database, operator, filed.code, attachment?.id ?? 0)).not.toBeNull();
    const codesFor = async (caller: StaffCaller) =>
      (await listTicketQueue(database, caller, {})).map((row) => row.code);
    expect(await codesFor(operator)).toContain(filed.code);
    expect(await codesFor(otherOperator)).not.toContain(filed.code);
    expect(await codesFor(bandung)).toEqual([]);
    const ageing = await ticketAgeing(database, dinsos);
    expect(ageing.find((village) => village.villageCode === kedungdoro)?.byState.DIAJUKAN).toBeGreaterThan(0);
    expect(await ticketAgeing(database, bandung)).toEqual([]);
  });

  it('an operator files only for the villages in scope, and the filing is logged', async () => {
    const filed = await fileTicket(
      deps(),
      usulan({ kk: '3578050101700098' }),
      { channel: 'OPERATOR', caller: operator },
      [],
    );
    if (filed.kind !== 'filed') throw new Error('expected filed');
    expect(await loggedActions(filed.code)).toEqual([['ticket.file', operator.userId]]);
    expect(
      await database.prisma.ticket.findUniqueOrThrow({
        where: { code: filed.code },
        select: { filedById: true, channel: true },
      }),
    ).toEqual({ filedById: operator.userId, channel: 'OPERATOR' });
    expect(
      await fileTicket(
        deps(),
        usulan({ kk: '3578050101700099' }),
        { channel: 'OPERATOR', caller: otherOperator },
        [],
      ),
    ).toEqual({ kind: 'out-of-scope' });
  });
});
