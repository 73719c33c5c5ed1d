import { startThrowawayPostgres } from './support/throwaway-postgres';
const c = await startThrowawayPostgres(['log_min_duration_statement=500']);
console.log(c.url, c.dataDir);
setInterval(() => {}, 1 << 30);
process.on('SIGTERM', () => { c.stop(); process.exit(0); });
