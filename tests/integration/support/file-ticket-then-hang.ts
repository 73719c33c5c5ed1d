// Child process of tickets-crash.test.ts: files one ticket through the service, prints its
// code the moment the service acknowledges it, then waits to be killed.
import { openDatabase } from '@/lib/db';
import { attachmentStore, fileTicket, ticketInput } from '@/lib/tickets';

const [databaseJson, attachmentsDir, submissionKey] = process.argv.slice(2);
if (!databaseJson || !attachmentsDir || !submissionKey) throw new Error('usage: <database json> <dir> <key>');

const database = await openDatabase(JSON.parse(databaseJson));
const outcome = await fileTicket(
  { database, secret: 'crash-test-secret-0123456789abcdef', store: attachmentStore(attachmentsDir) },
  ticketInput.parse({
    kind: 'PERBAIKAN_DATA',
    submissionKey,
    villageCode: '35.78.05.1003',
    applicantName: 'Sri Wahyuni',
    applicantBirthDate: '1985-03-07',
    kk: '3578050101850001',
    correctionType: 'ALAMAT',
    description: 'Alamat di data lama masih Jl. Kenari, sekarang Jl. Kedungdoro 5.',
  }),
  { channel: 'PUBLIC' },
  [],
);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
setInterval(() => undefined, 60_000);
