import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { UsersNotice } from '@/components/staff/UsersNotice';
import { AppLink } from '@/components/ui/AppLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { enterLocale } from '@/i18n/params';
import { unlistedMetadata } from '@/i18n/unlisted-metadata';
import { minimumPasswordLength, staffUserAdmin, userIdInput, usersFlashCookie } from '@/lib/staff';
import { requireStaff } from '@/lib/staff/next';
import { resetUserPassword, resetUserTotp, setUserDisabled } from '../actions';

// User ids are not known at build time.
export const dynamicParams = true;

type UserPageProps = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = unlistedMetadata((t) => t('Users.manage'));

export default async function UserPage({ params }: UserPageProps) {
  await enterLocale(params);
  const admin = await requireStaff('manageUsers');
  const userId = userIdInput.safeParse((await params).id);
  const user = userId.success ? await (await staffUserAdmin()).find(admin, userId.data) : null;
  if (!user) notFound();
  const t = await getTranslations('Users');
  const staffText = await getTranslations('Staff');
  const flash = usersFlashCookie.read(await cookies());
  const passwordError =
    flash?.kind === 'invalid' && flash.errors.password ? t(`errors.${flash.errors.password}`) : undefined;
  const section = 'space-y-3 border-t border-gray-300 pt-4';

  return (
    <div className="max-w-xl space-y-4">
      <PageHeading>{t('detailTitle', { username: user.username })}</PageHeading>
      <UsersNotice flash={flash} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('columns.displayName')}</dt>
        <dd>{user.displayName}</dd>
        <dt className="font-bold">{t('columns.role')}</dt>
        <dd>{staffText(`roles.${user.role}`)}</dd>
        <dt className="font-bold">{t('columns.regions')}</dt>
        <dd className="font-mono">
          {user.regionCodes.length > 0 ? user.regionCodes.join(', ') : t('allRegions')}
        </dd>
        <dt className="font-bold">{t('columns.status')}</dt>
        <dd>{user.disabled ? t('disabledStatus') : t('active')}</dd>
      </dl>

      {user.id === admin.userId ? null : (
        <section className={section} aria-labelledby="status-title">
          <h2 id="status-title" className="text-xl font-bold">
            {t('statusTitle')}
          </h2>
          <form action={setUserDisabled}>
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={String(!user.disabled)} />
            <input type="hidden" name="back" value="detail" />
            <SubmitButton tone="secondary">{user.disabled ? t('enable') : t('disable')}</SubmitButton>
          </form>
        </section>
      )}

      <section className={section} aria-labelledby="password-title">
        <h2 id="password-title" className="text-xl font-bold">
          {t('resetPasswordTitle')}
        </h2>
        <form action={resetUserPassword} noValidate className="space-y-3">
          <input type="hidden" name="userId" value={user.id} />
          <TextField
            id="password"
            label={t('newPasswordLabel')}
            hint={t('passwordHint', { min: minimumPasswordLength })}
            error={passwordError}
            inputProps={{ name: 'password', type: 'password', autoComplete: 'new-password', maxLength: 256 }}
          />
          <SubmitButton tone="secondary">{t('resetPassword')}</SubmitButton>
        </form>
      </section>

      <section className={section} aria-labelledby="totp-title">
        <h2 id="totp-title" className="text-xl font-bold">
          {t('resetTotpTitle')}
        </h2>
        <p>{t('resetTotpBody')}</p>
        <form action={resetUserTotp}>
          <input type="hidden" name="userId" value={user.id} />
          <SubmitButton tone="secondary">{t('resetTotp')}</SubmitButton>
        </form>
      </section>

      <p>
        <AppLink href="/petugas/pengguna" className="underline">
          {t('back')}
        </AppLink>
      </p>
    </div>
  );
}
