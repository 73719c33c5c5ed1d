import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assistedSearchInput,
  openPersonRecord,
  searchResidents,
  type AssistedSearchOutcome,
} from '@/lib/lookup/assisted';
import { countRefusal, countRefusalIn, flushRefusals } from '@/lib/gate';
import { createStaffAuth } from '@/lib/staff/sign-in/login';
import type { Database } from '@/lib/db';
import { forgetActiveSnapshots } from '@/lib/lookup/active-snapshots';
import { readRefusals } from '@/lib/review';
import { issueSlip, makeResultSlip, readStaffSlip } from '@/lib/slips';
import type { StaffCaller } from '@/lib/staff/caller';
import { recordStaffAction, verifyStaffActionLog } from '@/lib/staff/log';
import { attachmentStore, fileTicket, ticketInput, viewMusdesAgenda, viewTicketQueue } from '@/lib/tickets';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const kedungdoro = '35.78.05.1003';
const cileunyiWetan = '32.04.05.2002';
const purpose = 'layanan warga datang langsung';

describe.each(testEngines())('a staff record opens only for what the search listed, on $name', (engine) => {
  let database: Database;
  let dir: string;
  let staff: Record<'operator' | 'colleague' | 'dinsos' | 'dinsosBandung' | 'admin', StaffCaller>;
  let sri: AssistedSearchOutcome;
  let sriId: number;
  // Another resident of the same village, whom no search listed.
  let neighbourId: number;

  const user = async (username: string, role: StaffCaller['role'], regionCodes: string[]) => {
    const created = await database.prisma.staffUser.create({
      data: {
        username,
        displayName: username,
        passwordHash: 'x',
        role,
        scopes: { create: regionCodes.map((regionCode) => ({ regionCode })) },
      },
    });
    return { userId: created.id, role, regionCodes } satisfies StaffCaller;
  };
  const search = (caller: StaffCaller, fields: Record<string, string>) =>
    searchResidents(
      database.prisma,
      testSecret,
      caller,
      assistedSearchInput.parse({ purpose, consent: 'ya', villageCode: kedungdoro, ...fields }),
    );
  const loggedSince = async (afterId: bigint, actions: string[]) =>
    (
      await database.prisma.staffActionLog.findMany({
        where: { id: { gt: afterId }, action: { in: actions } },
        orderBy: { id: 'asc' },
      })
    ).map((row) => ({ action: row.action, actorId: row.actorId, subject: row.subject, detail: row.detail }));
  const lastLogId = async () =>
    (await database.prisma.staffActionLog.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0n;

  beforeAll(async () => {
    forgetActiveSnapshots();
    database = await openSeededDatabase(engine, 300);
    dir = await mkdtemp(path.join(tmpdir(), 'record-access-'));
    staff = {
      operator: await user('test.op.one', 'OPERATOR_DESA', [kedungdoro]),
      colleague: await user('test.op.two', 'OPERATOR_DESA', [kedungdoro]),
      dinsos: await user('test.dinsos.sby', 'DINSOS', ['35.78']),
      dinsosBandung: await user('test.dinsos.bdg', 'DINSOS', ['32.04']),
      admin: await user('test.admin', 'ADMIN', []),
    };
    sri = await search(staff.operator, { fullName: 'Sri Wahyuni' });
    sriId = sri.matches[0]?.personId ?? 0;
    const [other] = await database.sql.query<{ id: number }>(
      'SELECT id FROM person WHERE village_code = $1 AND id <> ALL($2::int[]) ORDER BY id LIMIT 1',
      [kedungdoro, sri.matches.map((match) => match.personId)],
    );
    neighbourId = other?.id ?? 0;
  });
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores whom each search listed, beside its audit row', async () => {
    expect(sriId).toBeGreaterThan(0);
    expect(neighbourId).toBeGreaterThan(0);
    const listed = await database.sql.query<{ person_id: number }>(
      `SELECT l.person_id FROM operator_search_listing l JOIN lookup_audit a ON a.id = l.lookup_audit_id
       WHERE a.reference = $1 ORDER BY l.person_id`,
      [sri.reference],
    );
    expect(listed.map((row) => row.person_id)).toEqual(
      sri.matches.map((m) => m.personId).sort((a, b) => a - b),
    );
  });

  it('opens a listed person, and answers any other id like a missing record', async () => {
    expect((await openPersonRecord(staff.operator, sriId, sri.reference, database))?.record.fullName).toBe(
      'Sri Wahyuni',
    );
    // The same village and scope, but the search never returned this resident.
    expect(await openPersonRecord(staff.operator, neighbourId, sri.reference, database)).toBeNull();
    expect(await openPersonRecord(staff.operator, 987_654_321, sri.reference, database)).toBeNull();
    expect(await makeResultSlip(staff.operator, neighbourId, sri.reference, database)).toBeNull();
    expect(await issueSlip(database.prisma, staff.operator, neighbourId, sri.reference)).toBeNull();
  });

  it('opens nothing from a search that found nobody', async () => {
    const nobody = await search(staff.operator, { fullName: 'Zakharia Qwertyuiop' });
    expect(nobody.matches).toEqual([]);
    for (const id of [sriId, neighbourId]) {
      expect(await openPersonRecord(staff.operator, id, nobody.reference, database)).toBeNull();
      expect(await makeResultSlip(staff.operator, id, nobody.reference, database)).toBeNull();
    }
  });

  it("opens nothing from another operator's search, even of the same village", async () => {
    const theirs = await search(staff.colleague, { fullName: 'Sri Wahyuni' });
    expect(theirs.matches.map((match) => match.personId)).toContain(sriId);
    expect(await openPersonRecord(staff.operator, sriId, theirs.reference, database)).toBeNull();
    expect(await makeResultSlip(staff.operator, sriId, theirs.reference, database)).toBeNull();
    for (const caller of [staff.dinsos, staff.admin]) {
      expect(await openPersonRecord(caller, sriId, sri.reference, database)).toBeNull();
    }
    expect(await openPersonRecord(staff.colleague, sriId, theirs.reference, database)).not.toBeNull();
  });

  it('opens nothing from an unconsented or expired search', async () => {
    const unconsented = await search(staff.operator, { fullName: 'Sri Wahyuni' });
    await database.sql.query('UPDATE lookup_audit SET consent = false WHERE reference = $1', [
      unconsented.reference,
    ]);
    const expired = await search(staff.operator, { fullName: 'Sri Wahyuni' });
    await database.sql.query(
      "UPDATE lookup_audit SET created_at = LOCALTIMESTAMP - interval '13 hours' WHERE reference = $1",
      [expired.reference],
    );
    for (const reference of [unconsented.reference, expired.reference, '', 'AAAA-AAAA']) {
      expect(await openPersonRecord(staff.operator, sriId, reference, database)).toBeNull();
      expect(await makeResultSlip(staff.operator, sriId, reference, database)).toBeNull();
    }
  });

  it('issues a slip for a listed person and logs the slip and each showing of it', async () => {
    const before = await lastLogId();
    const code = await makeResultSlip(staff.operator, sriId, sri.reference, database);
    expect(code).toMatch(/^[A-Z2-9-]{14}$/);
    expect((await readStaffSlip(staff.dinsos, code ?? '', database))?.personId).toBe(sriId);
    expect(await readStaffSlip(staff.dinsosBandung, code ?? '', database)).toBeNull();
    expect(await loggedSince(before, ['slip.issue', 'slip.view'])).toEqual([
      expect.objectContaining({ action: 'slip.issue', actorId: staff.operator.userId }),
      {
        action: 'slip.view',
        actorId: staff.dinsos.userId,
        subject: `person:${sriId}`,
        detail: { slip: code, reference: sri.reference },
      },
    ]);
  });

  it('logs each showing of the ticket queue and the Musdes agenda with counts and codes', async () => {
    const store = attachmentStore(dir);
    const filed = await fileTicket(
      { database, secret: testSecret, store, record: recordStaffAction },
      ticketInput.parse({
        kind: 'USULAN',
        submissionKey: `record-access-${Date.now()}`,
        villageCode: kedungdoro,
        applicantName: 'Sutrisno',
        applicantBirthDate: '1970-05-01',
        nik: '',
        phone: '',
        kk: '3578050101700091',
        address: 'Jl. Kedungdoro Gg. 3 No. 12',
        reasons: 'Suami meninggal, tidak ada penghasilan tetap.',
        members: 'Sutrisno\nSumiati',
      }),
      { channel: 'PUBLIC' },
      [],
    );
    const code = filed.kind === 'filed' ? filed.code : '';
    const before = await lastLogId();
    expect(
      (await viewTicketQueue(database, staff.operator, { kind: 'USULAN' })).map((row) => row.code),
    ).toEqual([code]);
    expect(await viewTicketQueue(database, staff.dinsosBandung, {})).toEqual([]);
    expect((await viewMusdesAgenda(database, staff.operator, kedungdoro, 'page'))?.length).toBe(1);
    expect(await viewMusdesAgenda(database, staff.operator, cileunyiWetan, 'page')).toBeNull();
    expect((await viewMusdesAgenda(database, staff.operator, kedungdoro, 'csv'))?.length).toBe(1);

    const logged = await loggedSince(before, [
      'ticket.queue.view',
      'ticket.musdes.view',
      'ticket.musdes.export',
    ]);
    expect(logged).toEqual([
      {
        action: 'ticket.queue.view',
        actorId: staff.operator.userId,
        subject: '',
        detail: { filter: { kind: 'USULAN' }, count: 1, codes: [code] },
      },
      {
        action: 'ticket.queue.view',
        actorId: staff.dinsosBandung.userId,
        subject: '',
        detail: { filter: {}, count: 0, codes: [] },
      },
      {
        action: 'ticket.musdes.view',
        actorId: staff.operator.userId,
        subject: kedungdoro,
        detail: { count: 1, codes: [code] },
      },
      {
        action: 'ticket.musdes.export',
        actorId: staff.operator.userId,
        subject: kedungdoro,
        detail: { count: 1, codes: [code] },
      },
    ]);
    // No names in what the log keeps.
    expect(JSON.stringify(logged)).not.toMatch(/Sutrisno|Sumiati|Kedungdoro Gg/);
    expect((await verifyStaffActionLog(database.prisma)).kind).toBe('intact');
  });

  it('counts refused attempts per day and kind, within the reader’s scope', async () => {
    await countRefusalIn(database.prisma, 'PROOF_FAILED', kedungdoro);
    await countRefusalIn(database.prisma, 'PROOF_FAILED', kedungdoro);
    await countRefusalIn(database.prisma, 'RATE_LIMITED', cileunyiWetan);
    await countRefusalIn(database.prisma, 'CONFIRMATION_CAPPED', kedungdoro);
    // Tallied in memory, written by one upsert per kind and village.
    countRefusal('RATE_LIMITED', kedungdoro);
    countRefusal('RATE_LIMITED', kedungdoro);
    countRefusal('RATE_LIMITED', kedungdoro);
    await flushRefusals(database.prisma);
    // A sign-in over the limit, through the sign-in service.
    const auth = createStaffAuth({
      database,
      limiter: {
        admit: async () => ({
          kind: 'limited',
          retryAfterSeconds: 60,
          limit: 'user-address',
          firstInWindow: true,
        }),
        forgive: async () => {},
        claimCode: async () => false,
      },
      sessionLimits: { idleMinutes: 30, maxHours: 12 },
      secret: testSecret,
    });
    const answer = await auth.signInWithPassword({ username: 'admin', password: 'x', ip: '203.0.113.9' });
    expect(answer.kind).toBe('limited');

    const [today] = await database.sql.query<{ day: string }>(
      "SELECT to_char((now() AT TIME ZONE 'UTC' + interval '7 hours')::date, 'YYYY-MM-DD') AS day",
    );
    const range = { from: today?.day, to: today?.day };
    const figures = (rows: Awaited<ReturnType<typeof readRefusals>>) =>
      rows.map((row) => [row.day, row.kind, row.inScope, row.withoutVillage]);
    const day = today?.day;
    expect(figures(await readRefusals(database.prisma, staff.dinsos, range))).toEqual([
      [day, 'PROOF_FAILED', 2, 0],
      [day, 'RATE_LIMITED', 3, 0],
      [day, 'CONFIRMATION_CAPPED', 1, 0],
      [day, 'SIGN_IN_LIMITED', 0, 1],
    ]);
    expect(figures(await readRefusals(database.prisma, staff.dinsosBandung, range))).toEqual([
      [day, 'RATE_LIMITED', 1, 0],
      [day, 'SIGN_IN_LIMITED', 0, 1],
    ]);
    expect(figures(await readRefusals(database.prisma, staff.admin, range))).toEqual([
      [day, 'PROOF_FAILED', 2, 0],
      [day, 'RATE_LIMITED', 4, 0],
      [day, 'CONFIRMATION_CAPPED', 1, 0],
      [day, 'SIGN_IN_LIMITED', 0, 1],
    ]);
    expect(
      await readRefusals(database.prisma, staff.admin, { from: '2020-01-01', to: '2020-01-31' }),
    ).toEqual([]);
    const stored = await database.sql.query<{ rows: number }>(
      'SELECT count(*)::int AS rows FROM refusal_count',
    );
    expect(stored[0]?.rows).toBe(5);
  });
});
