import 'server-only';
import { ConfigurationError } from '@/lib/config';

// Entry points print a configuration problem as a plain message, not a stack trace,
// and exit non-zero so a start-up script stops.
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
