import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { LoginMessage } from '@/components/staff/LoginMessage';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { redirect } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { loginFlashCookie, pendingLoginCookie } from '@/lib/staff';
import { signInWithCode } from '../actions';

type CodePageProps = { params: LocaleParams };

export const generateMetadata = unlistedMetadata((t) => t('Login.codeMetaTitle'));

// The second step for Dinsos and admins; reachable only with a pending login from step one.
export default async function CodePage({ params }: CodePageProps) {
  const locale = await enterLocale(params);
  const jar = await cookies();
  if (!pendingLoginCookie.read(jar)) {
    return redirect({ href: '/petugas/masuk', locale });
  }
  const t = await getTranslations('Login');
  const flash = loginFlashCookie.read(jar);

  return (
    <div className="max-w-md space-y-5">
      <PageHeading>{t('codeTitle')}</PageHeading>
      <p>{t('codeIntro')}</p>
      <LoginMessage flash={flash} />
      <form action={signInWithCode} className="space-y-4">
        <TextField
          id="code"
          label={t('codeLabel')}
          inputProps={{
            name: 'code',
            inputMode: 'numeric',
            autoComplete: 'one-time-code',
            pattern: '[0-9 ]*',
            required: true,
            maxLength: 7,
            autoFocus: true,
          }}
        />
        <SubmitButton>{t('codeSubmit')}</SubmitButton>
      </form>
      <p>
        <AppLink href="/petugas/masuk" className="underline">
          {t('startAgain')}
        </AppLink>
      </p>
    </div>
  );
}
