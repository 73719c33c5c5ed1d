// npm run user:create -- --username admin.dinsos --name "Admin Dinsos" --role ADMIN
//   [--regions "35.78"] [--password-stdin | --password <p>]
// Makes the first admin (and any account, from the server's shell). The password is read from
// stdin when not given; a role that needs a second factor gets its TOTP secret printed once.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runCli } from '@/lib/cli';
import { db, applyMigrations } from '@/lib/db';
import { portalSecret } from '@/lib/registry';
import { createStaffUserAdmin } from '@/lib/staff';
import en from '@/messages/en.json' with { type: 'json' };

const usage = `Usage: npm run user:create -- --username <name> --name "<display name>" --role OPERATOR_DESA|DINSOS|ADMIN
         [--regions "<village codes for operators | one regency code for Dinsos>"] [--password <p>]
The password is read from standard input when --password is missing (safer: it stays out of the shell history).`;

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    regions: { type: 'string', default: '' },
    password: { type: 'string' },
  },
});
if (!values.username || !values.name || !values.role) {
  console.error(usage);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (values.password !== undefined) return values.password;
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  // Readline echoes what is typed to its output; a sink keeps the password off the screen.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({ input: process.stdin, output: sink, terminal: true });
  process.stderr.write('Password (at least 12 characters, not shown): ');
  const password = await prompt.question('');
  prompt.close();
  process.stderr.write('\n');
  return password;
}

await runCli(async () => {
  const password = await readPassword();
  const database = await db();
  try {
    await applyMigrations(database.adapterFactory);
    const admin = createStaffUserAdmin({ database, secret: portalSecret() });
    const result = await admin.create(null, {
      username: values.username ?? '',
      displayName: values.name ?? '',
      role: (values.role ?? '').toUpperCase(),
      regions: values.regions,
      password,
    });
    if (result.kind !== 'created') {
      const problems = result.kind === 'invalid' ? Object.entries(result.errors) : [];
      for (const [field, problem] of problems) console.error(`  - ${field}: ${en.Users.errors[problem]}`);
      console.error(usage);
      process.exitCode = 1;
      return;
    }
    console.log(`Created staff user ${values.username?.trim().toLowerCase()} (id ${result.userId}).`);
    if (result.totp) {
      console.log('Second factor: add this to the authenticator app now; it is not shown again.');
      console.log(`  Secret (base32): ${result.totp.secret}`);
      console.log(`  URI: ${result.totp.uri}`);
    }
  } finally {
    await database.close();
  }
});
