import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { enterLocale, type LocaleParams } from './params';

type Translator = Awaited<ReturnType<typeof getTranslations<never>>>;

// generateMetadata for a page search engines must not list (staff pages, a resident's own
// answers): its title in the page's language, and no indexing.
export function unlistedMetadata(title: (t: Translator) => string) {
  return async ({ params }: { params: LocaleParams }): Promise<Metadata> => {
    const locale = await enterLocale(params);
    return { title: title(await getTranslations({ locale })), robots: { index: false } };
  };
}
