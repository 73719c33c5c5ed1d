type TooManyRequestsText = {
  lang: string;
  title: string;
  body: string;
  wait: string;
  backLabel: string;
  backHref: string;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// A complete, tiny page: it must render without the app's layout (a route handler
// answers it), stay readable on a 360-px phone and need no script or stylesheet.
export function tooManyRequestsPage(text: TooManyRequestsText): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${e(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(text.title)} | Cek Bansos</title>
</head>
<body>
<main>
<h1>${e(text.title)}</h1>
<p>${e(text.body)}</p>
<p><strong>${e(text.wait)}</strong></p>
<p><a href="${e(text.backHref)}">${e(text.backLabel)}</a></p>
</main>
</body>
</html>
`;
}
