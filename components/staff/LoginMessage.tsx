import { getTranslations } from 'next-intl/server';
import type { LoginFlash } from '@/lib/staff';

// The one message a login page shows after a round trip: an error (role=alert) or a note.
export async function LoginMessage({ flash }: { flash: LoginFlash | null }) {
  if (!flash) return null;
  const t = await getTranslations('Login');
  if (flash.kind === 'signed-out' || flash.kind === 'expired') {
    return (
      <p role="status" className="border-l-4 border-brand-700 bg-gray-50 p-3 font-bold">
        {t(flash.kind === 'signed-out' ? 'signedOut' : 'expired')}
      </p>
    );
  }
  const message =
    flash.kind !== 'limited'
      ? t(flash.kind === 'code-rejected' ? 'codeRejected' : flash.kind)
      : flash.retryAfterSeconds < 60
        ? t('limitedSeconds', { seconds: flash.retryAfterSeconds })
        : t('limited', { minutes: Math.ceil(flash.retryAfterSeconds / 60) });
  return (
    <div role="alert" className="border-4 border-red-700 p-3">
      <p className="font-bold">{t('errorTitle')}</p>
      <p>{message}</p>
    </div>
  );
}
