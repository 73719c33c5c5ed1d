type PageHeadingProps = { children: string };

export function PageHeading({ children }: PageHeadingProps) {
  return <h1 className="text-3xl leading-tight font-bold text-ink sm:text-4xl">{children}</h1>;
}
