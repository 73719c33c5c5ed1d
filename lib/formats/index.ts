export { formatDate, wibDay, formatCalendarDay, formatDateTime, shiftDay, isCalendarDay } from './dates';
export { copyCsvField, parseCsv, spreadsheetCsvLine, copyCsvLine } from './csv';
export { isReadableCode, readableCode } from './readable-code';
