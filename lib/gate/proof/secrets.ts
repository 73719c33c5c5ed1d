import 'server-only';
import { createHmac } from 'node:crypto';

export type AltchaSecrets = { signature: string; derivedKey: string };

// The portal secret also keys NIK hashes; ALTCHA gets keys derived from it under their own
// labels, so nothing the widget ever sees is signed with the raw secret.
export function altchaSecrets(portalSecret: string): AltchaSecrets {
  const derive = (label: string) => createHmac('sha256', portalSecret).update(label).digest('hex');
  return {
    signature: derive('altcha:challenge-signature'),
    derivedKey: derive('altcha:derived-key-signature'),
  };
}
