// The Custom Elements Manifest that `npm run analyze` writes at the repo root (custom-elements.json,
// generated and git-ignored), shaped for Storybook's docs and controls. Vite's glob import resolves
// it when Storybook builds; where it has not been generated yet, the glob matches nothing and the
// stories keep their own argTypes. `tsc` passes either way: nothing imports a file that may not exist.
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import type { ImportGlobFunction } from 'vite';
import { measures } from '../src/map/map-counts.js';
import { themes } from '../src/shared/tokens.js';
import { groupings } from '../src/timeline/timeline-layout.js';

declare global {
  interface ImportMeta {
    glob: ImportGlobFunction;
  }
}

interface Member {
  kind?: string;
  name?: string;
  type?: { text?: string };
  description?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

interface Declaration {
  customElement?: boolean;
  members?: Member[];
  attributes?: Member[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const found = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});

const raw: Manifest | undefined = Object.values(found)[0];

/** `string | undefined` → `string`: Storybook picks a control from the type's text. */
function simplify(type: Member['type']): Member['type'] {
  const text = type?.text?.replace(/\s*\|\s*undefined\b/g, '').trim();
  return text ? { text } : type;
}

/**
 * One row per public property: Storybook lists a manifest's `members` and `attributes` both,
 * so `groupBy` and `group-by` would be two controls, and private `@state()` fields would show
 * as properties. The attribute's name goes into its property's description instead.
 */
function forStorybook(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => {
        if (!decl.customElement) return decl;
        const fields = (decl.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name?.startsWith('_'),
        );
        return {
          ...decl,
          members: fields.map((m) => ({
            ...m,
            type: simplify(m.type),
            description:
              m.attribute && m.attribute !== m.name
                ? `${m.description ?? ''}\n\nAttribute: \`${m.attribute}\`.`.trim()
                : m.description,
          })),
          attributes: (decl.attributes ?? []).filter(
            (a) => !fields.some((m) => m.attribute === a.name),
          ),
        };
      }),
    })),
  };
}

/** The manifest for `setCustomElementsManifest`, or undefined when `npm run analyze` has not run. */
export const customElementsManifest: Manifest | undefined = raw && forStorybook(raw);

/**
 * The source's `as const` arrays behind the properties' named types (`groupBy: Grouping`): the
 * one list that drives the type, its validation, the tests and these controls.
 */
const optionsOfType: Record<string, readonly string[]> = {
  Grouping: groupings,
  Measure: measures,
  Theme: themes,
};

/** `'light' | 'dark' | 'auto'` → its values; undefined for any other type. */
function literalUnionValues(typeName: string): string[] | undefined {
  if (!/^'[^']*'(\s*\|\s*'[^']*')+$/.test(typeName)) return undefined;
  return [...typeName.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
}

/**
 * The controls of the manifest's rows. A property typed by one of the arrays above, or by a
 * union of string literals written out, gets a radio or select with those options instead of
 * a JSON editor; a CSS custom property a text field (stories/story-args.ts sets it on the
 * element); parts and events, which nothing can set, none.
 */
export const manifestControls: ArgTypesEnhancer = ({ argTypes }) => {
  const enhanced = { ...argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category === 'css custom properties') {
      enhanced[key] = { ...argType, type: { name: 'string' }, control: 'text' };
      continue;
    }
    if (category === 'css shadow parts' || category === 'events') {
      enhanced[key] = { ...argType, control: false };
      continue;
    }
    const type = argType.type;
    const name = typeof type === 'object' && type?.name;
    if (typeof name !== 'string') continue;
    const value = optionsOfType[name] ?? literalUnionValues(name);
    if (value) enhanced[key] = { ...argType, type: { name: 'enum', value: [...value] } };
  }
  return enhanced;
};
