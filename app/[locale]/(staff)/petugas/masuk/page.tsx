import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { LoginMessage } from '@/components/staff/LoginMessage';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { redirect } from '@/i18n/navigation';
import { enterLocale, type LocaleParams } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { loginFlashCookie } from '@/lib/staff';
import { currentStaff } from '@/lib/staff/next';
import { signInWithPassword } from './actions';

type LoginPageProps = { params: LocaleParams; searchParams: Promise<{ sesi?: string | string[] }> };

export const generateMetadata = unlistedMetadata((t) => t('Login.metaTitle'));

export default async function LoginPage({ params, searchParams }: LoginPageProps) {
  const locale = await enterLocale(params);
  if (await currentStaff()) return redirect({ href: '/petugas', locale });
  const t = await getTranslations('Login');
  const expired = (await searchParams).sesi === 'habis';
  const flash = loginFlashCookie.read(await cookies()) ?? (expired ? { kind: 'expired' as const } : null);
  const username = flash && 'username' in flash ? flash.username : '';

  return (
    <div className="max-w-md space-y-5">
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('intro')}</p>
      <LoginMessage flash={flash} />
      <form action={signInWithPassword} className="space-y-4">
        <TextField
          id="username"
          label={t('usernameLabel')}
          inputProps={{
            name: 'username',
            defaultValue: username,
            autoComplete: 'username',
            autoCapitalize: 'none',
            spellCheck: false,
            required: true,
            maxLength: 64,
            autoFocus: true,
          }}
        />
        <TextField
          id="password"
          label={t('passwordLabel')}
          inputProps={{
            name: 'password',
            type: 'password',
            autoComplete: 'current-password',
            required: true,
            maxLength: 256,
          }}
        />
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
