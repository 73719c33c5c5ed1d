import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/staff/sign-in/password-policy';

describe('passwordProblem', () => {
  it.each([
    ['pendek', 'too-short'],
    ['sebelas-hrf', 'too-short'],
    ['x'.repeat(129), 'too-long'],
    ['password1234', 'common'],
    ['Indonesia2026!', 'common'],
    ['Bismillah123', 'common'],
    ['123456789012', 'common'],
    ['aaaaaaaaaaaa', 'repetitive'],
    ['abababababab', 'repetitive'],
    ['345678901234', 'repetitive'],
  ])('refuses %s (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password built on the username', () => {
    expect(passwordProblem('kedungdoro-2026', 'operator.kedungdoro')).toBe('contains-username');
    expect(passwordProblem('kedungdoro-2026', 'dinsos.bandung')).toBeNull();
  });

  it.each(['demo-petugas-2026', 'kopi tubruk pagi hari', 'Sawah hijau di Cileunyi 7'])(
    'accepts a long password that is not on the list: %s',
    (password) => {
      expect(passwordProblem(password, 'admin')).toBeNull();
    },
  );

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ééééééééééé1')).toBe('repetitive');
    expect(passwordProblem('kata-sandi-é')).toBeNull();
  });
});
