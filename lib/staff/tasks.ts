import { StaffRole } from '@/lib/db/client';

const { OPERATOR_DESA, DINSOS, ADMIN } = StaffRole;
const everyRole = Object.values(StaffRole);

// What each role may do in the staff area: the one place where roles meet pages, actions and
// services. A page or action names its task (`requireStaff('reviewAudit')`) and the menu is
// drawn from the same table, so a role never sees a link to a page that refuses it.
export const rolesByTask = {
  // The start page and the signed-in frame.
  home: everyRole,
  // Assisted lookup, a resident's record and printing a result slip.
  lookup: everyRole,
  // The ticket queue and a ticket's page; which moves a role may make is lib/tickets' workflow.
  tickets: everyRole,
  // Filing a ticket for a walk-in resident.
  fileTicket: [OPERATOR_DESA, ADMIN],
  // The village meeting (Musdes) agenda, its decisions and its CSV.
  musdes: [OPERATOR_DESA, ADMIN],
  // How long tickets have waited at each stage, over a whole region.
  ticketAgeing: [DINSOS, ADMIN],
  dashboard: [DINSOS, ADMIN],
  reviewAudit: [DINSOS, ADMIN],
  import: [DINSOS, ADMIN],
  // Every import report, not only one's own.
  readOthersImports: [ADMIN],
  // Data of every region, whatever region codes the account carries.
  everyRegion: [ADMIN],
  manageUsers: [ADMIN],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffTask = keyof typeof rolesByTask;

export function mayDo(role: StaffRole, task: StaffTask): boolean {
  const allowed: readonly StaffRole[] = rolesByTask[task];
  return allowed.includes(role);
}
