type FileFieldProps = { id: string; label: string; hint: string; error?: string };

export function FileField({ id, label, hint, error }: FileFieldProps) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-3' : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-red-800">
          {error}
        </p>
      ) : null}
      <input
        type="file"
        id={id}
        name="attachments"
        multiple
        accept="image/jpeg,image/png,application/pdf"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="mt-1 block w-full text-lg"
      />
    </div>
  );
}
