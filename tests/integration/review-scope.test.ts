import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assistedSearchInput,
  consentedLookup,
  openPersonRecord,
  readPersonRecord,
  residentSummaries,
  searchResidents,
  type AssistedSearchOutcome,
} from '@/lib/lookup/assisted';
import type { Database } from '@/lib/db';
import { findResidentsInVillage, lookupInput } from '@/lib/lookup';
import { forgetActiveSnapshots } from '@/lib/lookup/active-snapshots';
import { auditCsvStream, listLookupAudit, lookupAuditCsv, readDashboard } from '@/lib/review';
import { issueSlip, makeResultSlip, slipForStaff, verifySlip } from '@/lib/slips';
import type { StaffCaller } from '@/lib/staff/caller';
import { testEngines } from '../support/databases';
import { openSeededDatabase, testSecret } from '../support/seeded-database';

const kedungdoro = '35.78.05.1003';
const cileunyiWetan = '32.04.05.2002';
const sriWahyuniNik = '3578054703859001';

async function createStaff(
  database: Database,
  username: string,
  role: StaffCaller['role'],
  regions: string[],
) {
  const [row] = await database.sql.query<{ id: number }>(
    `INSERT INTO staff_user (username, display_name, password_hash, role) VALUES ($1, $2, 'not-a-hash', $3::"StaffRole") RETURNING id`,
    [username, username, role],
  );
  if (!row) throw new Error('staff user not created');
  for (const region of regions)
    await database.sql.query('INSERT INTO staff_scope (user_id, region_code) VALUES ($1, $2)', [
      row.id,
      region,
    ]);
  return { userId: row.id, role, regionCodes: regions } satisfies StaffCaller;
}

async function collect(lines: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}

describe.each(testEngines())('staff services across region scopes on $name', (engine) => {
  let database: Database;
  let staff: Record<
    'opKedungdoro' | 'opCileunyi' | 'dinsosSurabaya' | 'dinsosBandung' | 'admin' | 'noScope',
    StaffCaller
  >;
  let sri: AssistedSearchOutcome;
  let sriId: number;
  let slipCode: string;

  const search = (caller: StaffCaller, fields: Record<string, string>) =>
    searchResidents(
      database.prisma,
      testSecret,
      caller,
      assistedSearchInput.parse({ purpose: 'layanan warga datang langsung', consent: 'ya', ...fields }),
    );
  // Everyone who must not see Kedungdoro (Kota Surabaya) data.
  const outsiders = () => [staff.opCileunyi, staff.dinsosBandung, staff.noScope];

  beforeAll(async () => {
    forgetActiveSnapshots();
    database = await openSeededDatabase(engine, 300);
    staff = {
      opKedungdoro: await createStaff(database, 'test.op.kedungdoro', 'OPERATOR_DESA', [kedungdoro]),
      opCileunyi: await createStaff(database, 'test.op.cileunyi', 'OPERATOR_DESA', [cileunyiWetan]),
      dinsosSurabaya: await createStaff(database, 'test.dinsos.surabaya', 'DINSOS', ['35.78']),
      dinsosBandung: await createStaff(database, 'test.dinsos.bandung', 'DINSOS', ['32.04']),
      admin: await createStaff(database, 'test.admin', 'ADMIN', []),
      noScope: await createStaff(database, 'test.op.none', 'OPERATOR_DESA', []),
    };
    sri = await search(staff.opKedungdoro, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
    sriId = sri.matches[0]?.personId ?? 0;
    slipCode = (await issueSlip(database.prisma, staff.opKedungdoro, sriId, sri.reference)) ?? '';
    // Public lookups in both regencies, for the review side.
    const lookup = (fields: Record<string, string>) =>
      findResidentsInVillage(database.prisma, testSecret, lookupInput.parse(fields), { channel: 'PUBLIC' });
    await lookup({ villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
    await lookup({ villageCode: kedungdoro, fullName: 'Yohanes Sitompul' });
    await lookup({ villageCode: cileunyiWetan, fullName: 'Dede Supriatna' });
    await lookup({ villageCode: cileunyiWetan, fullName: 'Yohanes Sitompul' });
  });
  afterAll(() => database.close());

  it('searches by name within the village, unmasked, with score and decision', async () => {
    expect(sri.matches[0]).toMatchObject({ decision: 'exact', score: 1 });
    const [summary] = await residentSummaries(database.prisma, staff.opKedungdoro, [sriId]);
    expect(summary).toMatchObject({ fullName: 'Sri Wahyuni', state: 'RECEIVING', villageCode: kedungdoro });
    const misspelt = await search(staff.opKedungdoro, {
      villageCode: kedungdoro,
      fullName: 'Muhamad Subagyo',
    });
    expect(misspelt.matches.map((match) => match.decision)).toContain('probable');
  });

  it('finds nobody by name in a village outside the scope, and audits the attempt', async () => {
    for (const caller of outsiders()) {
      const outcome = await search(caller, { villageCode: kedungdoro, fullName: 'Sri Wahyuni' });
      expect(outcome.matches).toEqual([]);
      const [row] = await database.sql.query<{ result: string; consent: boolean }>(
        'SELECT result::text AS result, consent FROM lookup_audit WHERE reference = $1',
        [outcome.reference],
      );
      expect(row).toEqual({ result: 'NOT_FOUND', consent: true });
    }
  });

  it('searches by NIK only within the scope', async () => {
    for (const caller of [staff.opKedungdoro, staff.dinsosSurabaya, staff.admin]) {
      const outcome = await search(caller, { villageCode: kedungdoro, nik: sriWahyuniNik });
      expect(outcome.matches.map((match) => match.personId)).toEqual([sriId]);
    }
    for (const caller of outsiders()) {
      const outcome = await search(caller, { villageCode: cileunyiWetan, nik: sriWahyuniNik });
      expect(outcome.matches).toEqual([]);
    }
  });

  it('reads summaries and the full record only within the scope', async () => {
    const record = await readPersonRecord(database.prisma, staff.dinsosSurabaya, sriId);
    expect(record).toMatchObject({
      fullName: 'Sri Wahyuni',
      nikMasked: '357805**********',
      welfare: { desil: 1 },
    });
    expect(record?.household.members.length).toBeGreaterThan(0);
    expect(record?.dtks[0]).toMatchObject({ active: true, status: 'AKTIF' });
    expect(record?.programmes.some((listing) => listing.code === 'BPNT' && listing.received)).toBe(true);
    for (const caller of outsiders()) {
      expect(await residentSummaries(database.prisma, caller, [sriId])).toEqual([]);
      expect(await readPersonRecord(database.prisma, caller, sriId)).toBeNull();
    }
    expect(await readPersonRecord(database.prisma, staff.admin, 987_654_321)).toBeNull();
  });

  it('accepts a search reference only from the operator who made it', async () => {
    expect(await consentedLookup(database.prisma, staff.opKedungdoro, sri.reference, sriId)).toMatchObject({
      purpose: 'layanan warga datang langsung',
    });
    expect(await consentedLookup(database.prisma, staff.dinsosSurabaya, sri.reference, sriId)).toBeNull();
  });

  it('issues a slip that staff in scope and the public verification can read', async () => {
    expect(slipCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const slip = await slipForStaff(database.prisma, staff.dinsosSurabaya, slipCode);
    expect(slip).toMatchObject({
      maskedName: 'S*I W*****I',
      villageCode: kedungdoro,
      reference: sri.reference,
    });
    expect(slip?.facts).toMatchObject({ state: 'RECEIVING', inDtks: true });
    const verified = await verifySlip(database.prisma, slipCode.toLowerCase());
    // The public check shows exactly what the slip printed, nothing about the lookup behind it.
    expect(verified).toEqual({
      code: slipCode,
      maskedName: slip?.maskedName,
      villageCode: kedungdoro,
      issuedAt: slip?.issuedAt,
      facts: slip?.facts,
    });
    expect(JSON.stringify(verified)).not.toMatch(/Wahyuni|3578054703859001|desil/);
    expect(await verifySlip(database.prisma, 'AAAA-AAAA-AAAA')).toBeNull();
    expect(await verifySlip(database.prisma, 'not a code')).toBeNull();
  });

  it('neither shows nor issues slips outside the scope', async () => {
    for (const caller of outsiders()) {
      expect(await slipForStaff(database.prisma, caller, slipCode)).toBeNull();
      const own = await search(caller, { villageCode: cileunyiWetan, fullName: 'Dede Supriatna' });
      expect(await issueSlip(database.prisma, caller, sriId, own.reference)).toBeNull();
    }
  });

  it('lists, filters and exports the audit only within the scope', async () => {
    const surabaya = await listLookupAudit(database.prisma, staff.dinsosSurabaya, {}, 1);
    expect(surabaya.total).toBeGreaterThan(0);
    expect(surabaya.rows.every((row) => row.villageCode.startsWith('35.78.'))).toBe(true);
    const publicFound = await listLookupAudit(
      database.prisma,
      staff.dinsosSurabaya,
      { channel: 'PUBLIC', result: 'FOUND', region: '35.78.05' },
      1,
    );
    expect(publicFound.rows).toHaveLength(1);
    expect(publicFound.rows[0]?.programmeCodes).toEqual(['BPNT', 'PBI_JK']);
    const byOperator = await listLookupAudit(
      database.prisma,
      staff.dinsosSurabaya,
      { operatorId: staff.opKedungdoro.userId },
      1,
    );
    expect(byOperator.rows.every((row) => row.operator === 'test.op.kedungdoro')).toBe(true);

    for (const caller of outsiders()) {
      const page = await listLookupAudit(database.prisma, caller, { region: kedungdoro }, 1);
      expect(page.total).toBe(0);
      const all = await listLookupAudit(database.prisma, caller, {}, 1);
      expect(all.rows.some((row) => row.villageCode.startsWith('35.'))).toBe(false);
      const csv = await collect(lookupAuditCsv(database.prisma, caller, {}));
      expect(csv).not.toContain('35.78');
    }
    const csv = await collect(lookupAuditCsv(database.prisma, staff.dinsosSurabaya, {}));
    expect(csv.split('\r\n')[0]).toMatch(/^waktu_wib,kanal,kode_desa,desa,kecamatan,hasil/);
    expect(csv).toContain(`${kedungdoro},Kedungdoro,Tegalsari,FOUND`);
    expect(csv).not.toMatch(/Wahyuni|3578054703859001/);
  });

  it('builds the dashboard only from lookups within the scope', async () => {
    const surabaya = await readDashboard(database.prisma, staff.dinsosSurabaya, {});
    expect(surabaya.villages).toEqual([{ villageCode: kedungdoro, total: 2, found: 1, notFound: 1 }]);
    expect(surabaya.programmes.map((p) => p.code)).toEqual(expect.arrayContaining(['BPNT', 'PBI_JK']));
    expect(surabaya.operators[0]).toMatchObject({ username: 'test.op.kedungdoro', slips: 1 });
    expect(surabaya.days.reduce((sum, day) => sum + day.publicCount, 0)).toBe(2);

    const bandung = await readDashboard(database.prisma, staff.dinsosBandung, {});
    expect(bandung.villages.map((village) => village.villageCode)).toEqual([cileunyiWetan]);
    expect(bandung.operators.map((operator) => operator.username)).not.toContain('test.op.kedungdoro');
    const none = await readDashboard(database.prisma, staff.noScope, {});
    expect(none).toEqual({ days: [], villages: [], programmes: [], operators: [] });
  });

  it('logs each record view, slip and export with the purpose and consent, and nothing out of scope', async () => {
    const actions = () =>
      database.sql.query<{
        actor_id: number;
        action: string;
        subject: string;
        detail: Record<string, unknown>;
      }>(
        `SELECT actor_id, action, subject, detail FROM staff_action_log WHERE action IN ('person.view', 'slip.issue', 'audit.export') ORDER BY id`,
      );
    const before = (await actions()).length;
    const opened = await openPersonRecord(staff.opKedungdoro, sriId, sri.reference, database);
    expect(opened?.record.fullName).toBe('Sri Wahyuni');
    expect(await makeResultSlip(staff.opKedungdoro, sriId, sri.reference, database)).toMatch(
      /^[A-Z2-9-]{14}$/,
    );
    for (const caller of [...outsiders(), staff.dinsosSurabaya]) {
      expect(await openPersonRecord(caller, sriId, sri.reference, database)).toBeNull();
      expect(await makeResultSlip(caller, sriId, sri.reference, database)).toBeNull();
    }
    const stream = await auditCsvStream(
      staff.dinsosSurabaya,
      { kanal: 'PUBLIC', wilayah: kedungdoro },
      database,
    );
    const csv = await new Response(stream).text();
    expect(csv.trim().split('\r\n')).toHaveLength(3);

    const logged = (await actions()).slice(before);
    expect(logged).toEqual([
      {
        actor_id: staff.opKedungdoro.userId,
        action: 'person.view',
        subject: `person:${sriId}`,
        detail: { reference: sri.reference, purpose: 'layanan warga datang langsung', consent: true },
      },
      expect.objectContaining({ action: 'slip.issue', actor_id: staff.opKedungdoro.userId }),
      {
        actor_id: staff.dinsosSurabaya.userId,
        action: 'audit.export',
        subject: kedungdoro,
        detail: { channel: 'PUBLIC', region: kedungdoro },
      },
    ]);
  });
});
