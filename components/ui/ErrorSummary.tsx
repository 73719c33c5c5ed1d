type ErrorSummaryProps = { title: string; errors: { fieldId: string; message: string }[] };

// GOV.UK pattern: a summary at the top of the form that links to each field in error.
// It gets focus-worthy prominence via role="alert", so screen readers hear it at once.
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-md border-4 border-red-700 p-4"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="font-semibold text-red-800">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
