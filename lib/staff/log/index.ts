import 'server-only';

export { recordStaffAction, recordStaffActionIn, type StaffAction } from './record';
export { verifyStaffActionLog, type ChainReport } from './verify';
