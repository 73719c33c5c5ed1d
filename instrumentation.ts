export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startPortal } = await import('@/lib/setup/start-portal');
  await startPortal();
}
