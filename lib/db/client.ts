// The client-safe entry of lib/db: Prisma's enums, which Prisma generates as plain constants with
// no runtime, so pure modules and client components can share them.
export * from './generated/enums';
