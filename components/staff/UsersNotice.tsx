import { getTranslations } from 'next-intl/server';
import type { UsersFlash } from '@/lib/staff';

// The outcome of the last user-admin action; a new 2FA key is shown here once.
export async function UsersNotice({ flash }: { flash: UsersFlash | null }) {
  if (!flash || flash.kind === 'invalid') return null;
  const t = await getTranslations('Users');
  const problem = flash.kind === 'refused-self' || flash.kind === 'not-found';
  const message = {
    created: () => t('created'),
    'password-reset': () => t('passwordReset'),
    'totp-reset': () => t('totpReset'),
    disabled: () => t('disabledDone', { username: 'username' in flash ? flash.username : '' }),
    enabled: () => t('enabledDone', { username: 'username' in flash ? flash.username : '' }),
    'refused-self': () => t('refusedSelf'),
    'not-found': () => t('notFound'),
  }[flash.kind]();
  const totp = 'totp' in flash ? flash.totp : null;
  return (
    <div
      role={problem ? 'alert' : 'status'}
      className={`space-y-2 border-l-4 p-3 ${problem ? 'border-red-700' : 'border-brand-700 bg-gray-50'}`}
    >
      <p className="font-bold">{message}</p>
      {totp ? (
        <div className="space-y-1">
          <p className="font-bold">{t('totpTitle')}</p>
          <p>{t('totpBody')}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            <dt className="font-bold">{t('totpSecretLabel')}</dt>
            <dd>
              <code data-testid="totp-secret" className="font-mono text-base break-all">
                {totp.secret}
              </code>
            </dd>
            <dt className="font-bold">{t('totpUriLabel')}</dt>
            <dd className="font-mono break-all">{totp.uri}</dd>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
