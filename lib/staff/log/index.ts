import 'server-only';

export { recordStaffAction, recordStaffActionIn, type LogTransaction, type StaffAction } from './record';
export { verifyStaffActionLog, type ChainReport } from './verify';
