import 'server-only';
import { db, type Database } from '@/lib/db';
import { type StaffCaller, recordStaffActionIn } from '@/lib/staff';
import { issueSlip } from './issue';
import { slipForStaff, type StaffSlip } from './read';

export async function makeResultSlip(
  caller: StaffCaller,
  personId: number,
  reference: string,
  database?: Pick<Database, 'prisma'>,
): Promise<string | null> {
  const on = database ?? (await db());
  const code = await issueSlip(on.prisma, caller, personId, reference);
  if (code)
    await recordStaffActionIn(on, {
      actorId: caller.userId,
      action: 'slip.issue',
      subject: `person:${personId}`,
      detail: { reference, slip: code },
    });
  return code;
}

// The printed slip shows a masked name and the resident's state: each showing is logged.
export async function readStaffSlip(
  caller: StaffCaller,
  code: string,
  database?: Pick<Database, 'prisma'>,
): Promise<StaffSlip | null> {
  const on = database ?? (await db());
  const slip = await slipForStaff(on.prisma, caller, code);
  if (slip)
    await recordStaffActionIn(on, {
      actorId: caller.userId,
      action: 'slip.view',
      subject: `person:${slip.personId}`,
      detail: { slip: slip.code, reference: slip.reference },
    });
  return slip;
}
