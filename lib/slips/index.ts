export { slipFacts, slipFactsOf, type SlipFacts } from './facts';
export { issueSlip } from './issue';
export { normalizeSlipCode, slipForStaff, verifySlip, type Slip, type StaffSlip } from './read';
export { verifySlipForPublic } from './public-verification';
export { makeResultSlip, readStaffSlip } from './staff-service';
