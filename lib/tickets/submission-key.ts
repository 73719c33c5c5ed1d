import { randomBytes } from 'node:crypto';
import { submissionKey } from './schema';

// A fresh key for each rendered ticket form: the same form sent twice lands once.
export function newSubmissionKey(): string {
  return submissionKey.parse(randomBytes(24).toString('base64url'));
}
