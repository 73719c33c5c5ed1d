// A payment period (tahap) as registry files name it: a quarter `2025-Q4` or a month
// `2025-11`. Sorting the text sorts the periods of one kind in time.
export const paymentPeriodPattern = /\d{4}-(?:Q[1-4]|0[1-9]|1[0-2])/;
