// One ESLint rule: code outside a feature reaches it only through the feature's entries:
// lib/<feature>/index.ts, lib/<feature>/client.ts (client-safe, for client components) or
// lib/<feature>/next.ts (Next.js request glue, for app/ only, so scripts never load Next).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const featureOf = (relative) => {
  const parts = relative.split(path.sep);
  return parts[0] === 'lib' && parts.length > 2 ? parts[1] : null;
};

function resolveSpecifier(specifier, importer) {
  let target;
  if (specifier.startsWith('@/')) target = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(importer), specifier);
  else return null;
  for (const ending of ['.ts', '.tsx', '']) {
    const file = target + ending;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  for (const ending of ['index.ts', 'index.tsx']) {
    const file = path.join(target, ending);
    if (existsSync(file)) return file;
  }
  return null;
}

const featureEntries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another feature only through lib/<feature>/index.ts or client.ts' },
    messages: {
      deep: "'{{specifier}}' reaches into lib/{{feature}}; import from '@/lib/{{feature}}' (or '@/lib/{{feature}}/client' in a client component) and export what you need there.",
      nextOutsideApp:
        "lib/{{feature}}/next.ts is Next.js request glue for app/ only; import '@/lib/{{feature}}' here.",
      ownEntry:
        "A file of lib/{{feature}} imports the module it needs, not lib/{{feature}}'s own entry (that makes import cycles).",
    },
    schema: [],
  },
  create(context) {
    const importer = context.filename;
    const from = featureOf(path.relative(root, importer));
    function check(node) {
      if (!node.source || typeof node.source.value !== 'string') return;
      const target = resolveSpecifier(node.source.value, importer);
      if (!target) return;
      const relative = path.relative(root, target);
      const feature = featureOf(relative);
      if (!feature) return;
      const inside = relative.split(path.sep).slice(2).join('/');
      const entry = ['index.ts', 'client.ts', 'next.ts'].includes(inside);
      if (feature === from) {
        // Inside a feature, files import the module they need: their own entry makes cycles.
        const importerIsEntry = /^lib\/[^/]+\/(index|client|next)\.ts$/.test(path.relative(root, importer));
        if (entry && !importerIsEntry)
          context.report({ node: node.source, messageId: 'ownEntry', data: { feature } });
        return;
      }
      if (inside === 'next.ts' && !path.relative(root, importer).startsWith(`app${path.sep}`)) {
        context.report({ node: node.source, messageId: 'nextOutsideApp', data: { feature } });
        return;
      }
      if (entry) return;
      context.report({
        node: node.source,
        messageId: 'deep',
        data: { specifier: node.source.value, feature },
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export const featureEntriesPlugin = { rules: { 'entries-only': featureEntries } };
