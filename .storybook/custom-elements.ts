// The Custom Elements Manifest that `npm run analyze` writes at the repo root (custom-elements.json,
// generated and git-ignored), shaped for Storybook's docs and controls. Vite's glob import resolves
// it when Storybook builds; where it has not been generated yet, the glob matches nothing and the
// stories keep their own argTypes. `tsc` passes either way: nothing imports a file that may not exist.
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import type { ImportGlobFunction } from 'vite';

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
 * Properties typed as a union of string literals (`'light' | 'dark' | 'auto'`) get a radio or
 * select control with those options instead of a JSON editor.
 */
export const literalUnionControls: ArgTypesEnhancer = ({ argTypes }) => {
  const enhanced = { ...argTypes };
  for (const [key, argType] of Object.entries(argTypes)) {
    const type = argType.type;
    const name = typeof type === 'object' && type?.name;
    if (typeof name !== 'string' || !/^'[^']*'(\s*\|\s*'[^']*')+$/.test(name)) continue;
    const value = [...name.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
    enhanced[key] = { ...argType, type: { name: 'enum', value } };
  }
  return enhanced;
};
