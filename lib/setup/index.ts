export { defaultDemoSeed } from './prepare-database';
