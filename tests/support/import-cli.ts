// `npm run import` as the tests start it: through npx and tsx, without npm's own process.
export function importCommandLine(...args: string[]): [string, string[]] {
  return ['npx', ['--no-install', 'tsx', '--conditions=react-server', 'scripts/import.ts', ...args]];
}
