/**
 * The package's own folder, found from this module wherever it runs: src/cli/ under tsx in
 * tests, dist/cli/ when built, node_modules/civic-space-widgets/dist/cli/ when installed. The
 * templates (data/templates/), the widgets' bundle (dist/) and the version are read from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding the package.json named civic-space-widgets, above this module. */
export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, 'utf8')).name === 'civic-space-widgets'
    )
      return (root = folder);
    const parent = dirname(folder);
    if (parent === folder) throw new Error('civic-space-widgets: cannot find its own package.json');
    folder = parent;
  }
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string;
}
