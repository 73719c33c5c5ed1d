type NoticeProps = { title: string; body: string; tone: 'warning' | 'info' };

export function Notice({ title, body, tone }: NoticeProps) {
  const border = tone === 'warning' ? 'border-amber-600' : 'border-brand-700';
  return (
    <div role="status" className={`rounded-md border-l-4 ${border} bg-gray-50 p-4`}>
      <p className="text-lg font-bold">{title}</p>
      <p>{body}</p>
    </div>
  );
}
