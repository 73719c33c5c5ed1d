import { notFound } from 'next/navigation';

// A form action's argument is whatever the client sent: a crafted call can pass nothing, or a
// list, where the form should be. Answered like a missing page, never a 500.
export function formArgument(value: unknown): FormData {
  if (value instanceof FormData) return value;
  notFound();
}
