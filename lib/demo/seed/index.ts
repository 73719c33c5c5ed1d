export { seedDemoRegistry, type SeedOptions, type SeedReport } from './seed-demo';
export { demoProgrammePeriods, demoSnapshots } from './periods';
