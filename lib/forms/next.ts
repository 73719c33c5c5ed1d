// The form layer's Next.js glue (answers a malformed action argument with not-found), for app/
// only: command-line tools and other features import lib/forms without pulling Next in.
export { formArgument } from './action-input';
